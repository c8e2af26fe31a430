package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.releases.Release;
import io.caretaker.runbooks.Runbook;

@Type("MaintenanceCalendar")
@Description("What is due in a window of time: occurrences of recurring tasks (written ones, and the ones still to come), drills falling due, and releases planned.")
public record MaintenanceCalendar(
        @NonNull @Description("Start of the window (inclusive).") OffsetDateTime from,
        @NonNull @Description("End of the window (exclusive).") OffsetDateTime to,
        @NonNull @Description("Occurrences written so far that are due in the window, by due time.") List<@NonNull Occurrence> occurrences,
        @NonNull @Description("Due times in the window the scheduler has not reached yet (the future), by due time.") List<@NonNull PlannedOccurrence> upcoming,
        @NonNull @Description("Runbooks whose drill falls due in the window, or is overdue at its start, by due time.") List<@NonNull Runbook> drillsDue,
        @NonNull @Description("Releases not shipped yet, planned for a date in the window, by date.") List<@NonNull Release> releases) {

    @Type("PlannedOccurrence")
    @Description("A future due time of a recurring task; it becomes an Occurrence when it falls due.")
    public record PlannedOccurrence(
            @NonNull @Description("When it will fall due.") OffsetDateTime dueAt,
            @Ignore long taskId) {
    }
}
