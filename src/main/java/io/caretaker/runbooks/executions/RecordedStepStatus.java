package io.caretaker.runbooks.executions;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RecordedStepStatus")
@Description("What happened to a step of an execution.")
public enum RecordedStepStatus {
    @Description("Done as written.")
    DONE,
    @Description("Left out on purpose (say why in the note).")
    SKIPPED,
    @Description("Tried and did not work (say what happened in the note).")
    FAILED
}
