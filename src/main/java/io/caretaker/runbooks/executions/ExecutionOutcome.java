package io.caretaker.runbooks.executions;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RunbookExecutionOutcome")
@Description("How a finished execution went.")
public enum ExecutionOutcome {
    @Description("The procedure did what it is for. A successful DRILL resets the runbook's drill interval.")
    SUCCEEDED,
    @Description("The procedure did not work as written: the runbook needs fixing.")
    FAILED
}
