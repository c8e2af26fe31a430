package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.UserError;
import io.smallrye.graphql.api.Nullable;

/** The inputs, payloads and filter of recurring maintenance. */
public final class MaintenanceInputs {

    private MaintenanceInputs() {
    }

    @Input("RecurringTaskCreateInput")
    @Description("A new recurring task. Its first occurrence is its first due time after now.")
    public record RecurringTaskCreateInput(
            @NonNull @Description("What to do, in a line; at most 200 characters.") String title,
            @Description("Details, in Markdown; at most 20 000 characters.") String description,
            @NonNull @Description("Five-field cron expression (minute hour day-of-month month day-of-week), e.g. \"0 3 * * 1\".") String cron,
            @Description("Time zone of the expression, e.g. \"Europe/Berlin\"; UTC when omitted.") String timeZone,
            @Id @Description("Who does it.") String ownerId,
            @Id @Description("The runbook to follow.") String runbookId) {
    }

    @Input("RecurringTaskUpdateInput")
    @Description("Changes to a recurring task; omitted fields stay as they are. A new cadence applies to due times after now.")
    public record RecurringTaskUpdateInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("New title.") String title,
            @Description("New details (an empty text empties them).") String description,
            @Description("New cron expression.") String cron,
            @Description("New time zone.") String timeZone,
            @Id @Description("New owner.") String ownerId,
            @Id @Description("New runbook.") String runbookId,
            @Description("false pauses it (no new occurrences), true resumes it from now on.") Boolean active) {
    }

    @Type("RecurringTaskPayload")
    @Description("The result of recurringTaskCreate and recurringTaskUpdate.")
    public record RecurringTaskPayload(
            @Description("The task as it is now; null when there are user errors.") RecurringTask recurringTask,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("OccurrenceCloseInput")
    @Description("Completing or skipping an occurrence.")
    public record OccurrenceCloseInput(
            @NonNull @Description("The version you read; a stale one is a CONFLICT and changes nothing.") int version,
            @Description("What was done, or why it was skipped; at most 2 000 characters.") String note) {
    }

    @Type("OccurrencePayload")
    @Description("The result of occurrenceComplete and occurrenceSkip.")
    public record OccurrencePayload(
            @Description("The occurrence as it is now; null when there are user errors.") Occurrence occurrence,
            @NonNull @Description("What to fix in the input; empty on success.") List<@NonNull UserError> userErrors) {
    }

    @Input("OccurrenceFilter")
    @Description("Narrows a list of occurrences; all given conditions must hold.")
    public record OccurrenceFilter(
            @Description("Any of these states.") @Nullable List<@NonNull OccurrenceStatus> status,
            @Description("true: only open ones past due; false: only the others.") Boolean overdue,
            @Id @Description("Of this recurring task.") String taskId,
            @Description("Due at or after this time.") OffsetDateTime dueFrom,
            @Description("Due before this time.") OffsetDateTime dueBefore) {
    }
}
