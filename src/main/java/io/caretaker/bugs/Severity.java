package io.caretaker.bugs;

import org.eclipse.microprofile.graphql.Description;

@Description("How bad a bug is for its users. S1 is the most severe.")
public enum Severity {
    @Description("Critical: an outage, data loss or a security hole; no workaround.")
    S1,
    @Description("High: a major function is broken or badly degraded.")
    S2,
    @Description("Medium: a function misbehaves and a workaround exists.")
    S3,
    @Description("Low: cosmetic or minor.")
    S4
}
