package io.caretaker.runbooks.executions;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExecutionStep")
@Description("A line of an execution's checklist: a step of the executed revision and what happened to it.")
public record ExecutionStep(
        @NonNull @Description("The step's place in the revision, from 1: what runbookExecutionRecordStep takes as step.") int position,
        @NonNull @Description("PENDING until recorded, then the latest record.") ExecutionStepStatus status,
        @Description("What the person who recorded it said; null when nothing.") String note,
        @Description("When it was last recorded; null while pending.") OffsetDateTime recordedAt,
        @Ignore long stepId,
        @Ignore Long recordedById) {
}
