package io.caretaker.runbooks.executions;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.UserError;

/** The inputs and payloads of runbook executions. */
public final class ExecutionInputs {

    private ExecutionInputs() {
    }

    @Input("RunbookExecutionStartInput")
    @Description("A new execution of a runbook's current revision.")
    public record RunbookExecutionStartInput(@NonNull @Description("Why it is run.") ExecutionKind kind) {
    }

    @Input("RunbookExecutionRecordStepInput")
    @Description("What happened to one step. Recording a step again corrects it.")
    public record RunbookExecutionRecordStepInput(
            @NonNull @Description("The step's position in the executed revision, from 1.") int step,
            @NonNull @Description("What happened.") RecordedStepStatus status,
            @Description("Remarks, at most 2 000 characters: why it was skipped, what failed, what you saw.") String note) {
    }

    @Input("RunbookExecutionFinishInput")
    @Description("The end of an execution.")
    public record RunbookExecutionFinishInput(
            @NonNull @Description("How it went. SUCCEEDED needs every step recorded and none FAILED.") ExecutionOutcome outcome,
            @Description("A summary, at most 2 000 characters.") String note) {
    }

    @Input("RunbookExecutionAbortInput")
    @Description("Giving up an execution.")
    public record RunbookExecutionAbortInput(@NonNull @Description("Why, at most 2 000 characters.") String reason) {
    }

    @Type("RunbookExecutionPayload")
    @Description("The result of a runbook execution mutation.")
    public record RunbookExecutionPayload(
            @Description("The execution as it is now; null when there are user errors.") RunbookExecution execution,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }
}
