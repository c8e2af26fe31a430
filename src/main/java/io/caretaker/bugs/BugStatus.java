package io.caretaker.bugs;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a bug is in its workflow: NEW → TRIAGED → IN_PROGRESS → RESOLVED → CLOSED, and REOPENED.")
public enum BugStatus {
    @Description("Reported, not yet triaged.")
    NEW,
    @Description("Severity, priority, component and assignee decided.")
    TRIAGED,
    @Description("Someone is working on it.")
    IN_PROGRESS,
    @Description("Done, with a resolution; waiting to be verified or closed.")
    RESOLVED,
    @Description("Finished.")
    CLOSED,
    @Description("Came back after it was resolved or closed; needs triage again.")
    REOPENED
}
