package io.caretaker.runbooks.executions;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RunbookExecutionStatus")
@Description("Where an execution stands.")
public enum ExecutionStatus {
    @Description("Started; steps are being recorded.")
    RUNNING,
    @Description("Ended with an outcome (runbookExecutionFinish).")
    FINISHED,
    @Description("Given up without an outcome (runbookExecutionAbort).")
    ABORTED
}
