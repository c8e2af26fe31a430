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

@Type("RecurringTask")
@Description("Maintenance that recurs on a cadence, e.g. weekly backup verification. The scheduler writes an occurrence for each due time, once — also those that fell due while Caretaker was down.")
public record RecurringTask(
        @Id @NonNull String id,
        @NonNull @Description("What to do, in a line.") String title,
        @NonNull @Description("Details, in Markdown; empty when not given.") String description,
        @NonNull @Description("When it falls due: a cron expression of five fields (minute hour day-of-month month day-of-week), read in timeZone, e.g. \"0 3 * * 1\" for Mondays at 03:00.") String cron,
        @NonNull @Description("The time zone of the cron expression, e.g. \"Europe/Berlin\".") String timeZone,
        @NonNull @Description("Whether occurrences are still written; a paused task keeps its history.") boolean active,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version: send it back with recurringTaskUpdate.") int version,
        @Ignore long dbId,
        @Ignore Long ownerId,
        @Ignore Long runbookId) implements Node {

    public static final String TYPE = "RecurringTask";

    static RecurringTask of(RecurringTaskEntity e) {
        return new RecurringTask(GlobalId.encode(TYPE, e.id), e.title, e.description, e.cron, e.timeZone, e.active,
                e.createdAt, e.updatedAt, e.version, e.id, e.ownerId, e.runbookId);
    }

    @Description("The next due time from now; null when the task is paused or its expression never falls due again.")
    public OffsetDateTime getNextDueAt() {
        return active ? Cadence.parse(cron, timeZone).next(Timestamps.now()).orElse(null) : null;
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
