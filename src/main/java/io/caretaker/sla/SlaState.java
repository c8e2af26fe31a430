package io.caretaker.sla;

import org.eclipse.microprofile.graphql.Description;

@Description("How a bug stands against its SLA: the worse of its two clocks.")
public enum SlaState {
    @Description("Within its targets.")
    ON_TRACK,
    @Description("A running clock has used up most of its window (caretaker.sla.at-risk, 80 % by default).")
    AT_RISK,
    @Description("A target was missed: triaged or resolved late, or still running past its due time.")
    BREACHED
}
