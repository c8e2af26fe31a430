package io.caretaker.sla;

import org.eclipse.microprofile.graphql.Description;

@Description("The two clocks of a bug's SLA.")
public enum SlaKind {
    @Description("From report (or reopening) to triage.")
    TRIAGE,
    @Description("From report (or reopening) to resolution.")
    RESOLVE
}
