package io.caretaker.bugs;

import org.eclipse.microprofile.graphql.Description;

@Description("How soon the team will work on a bug, set at triage. P0 is the most urgent.")
public enum Priority {
    @Description("Drop everything.")
    P0,
    @Description("Next up.")
    P1,
    @Description("Planned.")
    P2,
    @Description("Some day.")
    P3
}
