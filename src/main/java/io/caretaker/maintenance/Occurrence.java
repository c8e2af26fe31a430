package io.caretaker.maintenance;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Occurrence")
@Description("One due time of a recurring task: open until someone completes or skips it; overdue once past due.")
public record Occurrence(
        @Id @NonNull String id,
        @NonNull @Description("When it falls due.") OffsetDateTime dueAt,
        @NonNull @Description("Open, done or skipped.") OccurrenceStatus status,
        @Description("When it was completed or skipped; null while open.") OffsetDateTime completedAt,
        @Description("What the person who completed or skipped it said; null when nothing.") String note,
        @NonNull @Description("Optimistic-locking version: send it back with occurrenceComplete or occurrenceSkip.") int version,
        @Ignore long dbId,
        @Ignore long taskId,
        @Ignore Long completedById) implements Node {

    public static final String TYPE = "Occurrence";

    static Occurrence of(OccurrenceEntity e) {
        return new Occurrence(GlobalId.encode(TYPE, e.id), e.dueAt, e.status, e.completedAt, e.note, e.version, e.id, e.taskId,
                e.completedById);
    }

    @NonNull
    @Description("Open and past its due time (counted in caretaker_occurrences_overdue).")
    public boolean isOverdue() {
        return status == OccurrenceStatus.OPEN && dueAt.isBefore(Timestamps.now());
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
