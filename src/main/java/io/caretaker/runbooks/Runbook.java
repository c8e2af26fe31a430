package io.caretaker.runbooks;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Runbook")
@Description("A step-by-step procedure for a maintenance or recovery task. Its steps live in immutable revisions; the current revision is what you follow today.")
public record Runbook(
        @Id @NonNull String id,
        @NonNull @Description("Unique name in URLs, e.g. \"restore-postgres\"; fetch with runbook(slug:).") String slug,
        @NonNull @Description("One-line name.") String title,
        @NonNull @Description("What the runbook is for and when to use it, in Markdown; empty when not given.") String purpose,
        @NonNull @Description("What kind of work it guides.") RunbookCategory category,
        @Description("Recovery-time objective: the minutes the procedure may take at most; null when none is set.") Integer rtoMinutes,
        @Description("How often to rehearse it, in days; null when it is not drilled.") Integer drillIntervalDays,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When it was last revised.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version: send it back with runbookRevise.") int version,
        @Description("When its next drill is due: its drill interval after the last successful drill; a runbook never drilled is due from its creation on. Null when it is not drilled (no interval).") OffsetDateTime drillDueAt,
        @Ignore long dbId,
        @Ignore Long ownerId,
        @Ignore int currentRevisionNumber) implements Node {

    public static final String TYPE = "Runbook";

    public static Runbook of(RunbookEntity e) {
        return new Runbook(GlobalId.encode(TYPE, e.id), e.slug, e.title, e.purpose, e.category, e.rtoMinutes,
                e.drillIntervalDays, e.createdAt, e.updatedAt, e.version, e.drillDueAt, e.id, e.ownerId, e.currentRevision);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
