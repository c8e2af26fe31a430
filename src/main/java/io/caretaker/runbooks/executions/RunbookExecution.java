package io.caretaker.runbooks.executions;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("RunbookExecution")
@Description("A run of a runbook: one revision, fixed when it started (later edits of the runbook do not change it), followed step by step; who recorded what and when, how long it took against the recovery-time objective.")
public record RunbookExecution(
        @Id @NonNull String id,
        @NonNull @Description("Why it was run.") ExecutionKind kind,
        @NonNull @Description("Running, finished with an outcome, or aborted.") ExecutionStatus status,
        @Description("How it went; null until it is finished.") ExecutionOutcome outcome,
        @Description("The runbook's recovery-time objective in minutes when the execution started; null when it had none.") Integer rtoMinutes,
        @NonNull @Description("When it started.") OffsetDateTime startedAt,
        @Description("When it finished or was aborted; null while it runs.") OffsetDateTime endedAt,
        @Description("What the finish or the abort said; null when nothing was said.") String note,
        @NonNull @Description("Optimistic-locking version.") int version,
        @Ignore long dbId,
        @Ignore long runbookId,
        @Ignore long revisionId,
        @Ignore long startedById,
        @Ignore Long endedById) implements Node {

    public static final String TYPE = "RunbookExecution";

    static RunbookExecution of(RunbookExecutionEntity e) {
        return new RunbookExecution(GlobalId.encode(TYPE, e.id), e.kind, e.status, e.outcome, e.rtoMinutes, e.startedAt,
                e.endedAt, e.note, e.version, e.id, e.runbookId, e.revisionId, e.startedById, e.endedById);
    }

    @NonNull
    @Description("Seconds from start to end; while it runs, up to now.")
    public long getDurationSeconds() {
        OffsetDateTime end = endedAt != null ? endedAt : Timestamps.now();
        return Math.max(0, Duration.between(startedAt, end).toSeconds());
    }

    @Description("Whether it succeeded within the recovery-time objective: true or false once finished (a FAILED outcome never meets it); null while it runs, when aborted, or without an objective.")
    public Boolean getMetRto() {
        if (rtoMinutes == null || status != ExecutionStatus.FINISHED) {
            return null;
        }
        return outcome == ExecutionOutcome.SUCCEEDED && getDurationSeconds() <= rtoMinutes * 60L;
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
