package io.caretaker.runbooks.executions;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RunbookExecutionKind")
@Description("Why a runbook is run.")
public enum ExecutionKind {
    @Description("A rehearsal: proves the procedure works and counts towards the runbook's drill interval.")
    DRILL,
    @Description("For real, during an incident.")
    INCIDENT,
    @Description("Planned maintenance done by the book.")
    ROUTINE
}
