package io.caretaker.runbooks.executions;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ExecutionStepStatus")
@Description("The state of a step in an execution's checklist.")
public enum ExecutionStepStatus {
    @Description("Not recorded yet.")
    PENDING,
    @Description("Done as written.")
    DONE,
    @Description("Left out on purpose.")
    SKIPPED,
    @Description("Tried and did not work.")
    FAILED
}
