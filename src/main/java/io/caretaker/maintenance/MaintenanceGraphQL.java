package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.maintenance.MaintenanceCalendar.PlannedOccurrence;
import io.caretaker.maintenance.MaintenanceInputs.OccurrenceCloseInput;
import io.caretaker.maintenance.MaintenanceInputs.OccurrenceFilter;
import io.caretaker.maintenance.MaintenanceInputs.OccurrencePayload;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskCreateInput;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskPayload;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskUpdateInput;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** Recurring maintenance: tasks on a cadence, their occurrences, and the maintenance calendar. */
@GraphQLApi
public class MaintenanceGraphQL {

    @Inject
    MaintenanceQueries queries;

    @Inject
    RecurringTaskService tasks;

    @Inject
    OccurrenceService occurrences;

    @Inject
    RunbookQueries runbooks;

    @Inject
    UserLoader users;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Recurring tasks, by title.")
    public @NonNull RecurringTaskConnection recurringTasks(@Description(PageRequest.FIRST_DOC) Integer first,
            @Description(PageRequest.AFTER_DOC) String after, @Description(PageRequest.LAST_DOC) Integer last,
            @Description(PageRequest.BEFORE_DOC) String before) {
        return new RecurringTaskConnection(queries.tasks(PageRequest.of(first, after, last, before)), queries::taskCount);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Occurrences of recurring tasks, by due time, oldest first; filter: {overdue: true} lists what is overdue.")
    public @NonNull OccurrenceConnection occurrences(@Description("Narrows the list.") OccurrenceFilter filter,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        return new OccurrenceConnection(queries.occurrences(filter, PageRequest.of(first, after, last, before)),
                () -> queries.occurrenceCount(filter));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("What is due from from (inclusive) to to (exclusive), at most 366 days: occurrences written so far, due times still to come, drills falling due, releases planned.")
    public @NonNull MaintenanceCalendar maintenanceCalendar(@NonNull @Description("Start of the window.") OffsetDateTime from,
            @NonNull @Description("End of the window.") OffsetDateTime to) {
        return queries.calendar(from, to);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Creates a recurring task; a bad cron expression or time zone is an INVALID user error. Engineers and admins.")
    public RecurringTaskPayload recurringTaskCreate(@NonNull @Description("The new task.") RecurringTaskCreateInput input) {
        return tasks.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Changes a recurring task: its text, cadence (counting from now), owner, runbook, or pauses and resumes it. Engineers and admins.")
    public RecurringTaskPayload recurringTaskUpdate(@Id @NonNull @Description("The task.") String id,
            @NonNull @Description("The changes.") RecurringTaskUpdateInput input) {
        return tasks.update(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Marks an open occurrence done: you, now, with an optional note. Engineers and admins.")
    public OccurrencePayload occurrenceComplete(@Id @NonNull @Description("The occurrence.") String id,
            @NonNull @Description("The version read and a note.") OccurrenceCloseInput input) {
        return occurrences.close(id, input, OccurrenceStatus.DONE);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Skips an open occurrence this time: you, now, with the reason in the note (required). Engineers and admins.")
    public OccurrencePayload occurrenceSkip(@Id @NonNull @Description("The occurrence.") String id,
            @NonNull @Description("The version read and why.") OccurrenceCloseInput input) {
        return occurrences.close(id, input, OccurrenceStatus.SKIPPED);
    }

    // --- nested fields --------------------------------------------------------------------------------

    @Description("Who does it; null when nobody is named.")
    public List<User> owner(@Source List<RecurringTask> list) {
        Map<Long, User> found = users.load(list.stream().map(RecurringTask::ownerId).filter(Objects::nonNull).toList());
        return list.stream().map(t -> t.ownerId() == null ? null : found.get(t.ownerId())).toList();
    }

    @Description("The runbook to follow; null when none.")
    public List<Runbook> runbook(@Source List<RecurringTask> list) {
        Map<Long, Runbook> found = runbooks.byIds(list.stream().map(RecurringTask::runbookId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(t -> t.runbookId() == null ? null : found.get(t.runbookId())).toList();
    }

    @Name("task")
    @Description("The recurring task it is an occurrence of.")
    public List<@NonNull RecurringTask> occurrenceTask(@Source List<Occurrence> list) {
        Map<Long, RecurringTask> found = queries.tasksByIds(list.stream().map(Occurrence::taskId).distinct().toList());
        return list.stream().map(o -> found.get(o.taskId())).toList();
    }

    @Name("task")
    @Description("The recurring task that will fall due.")
    public List<@NonNull RecurringTask> plannedTask(@Source List<PlannedOccurrence> list) {
        Map<Long, RecurringTask> found = queries.tasksByIds(list.stream().map(PlannedOccurrence::taskId).distinct().toList());
        return list.stream().map(o -> found.get(o.taskId())).toList();
    }

    @Description("Who completed or skipped it; null while open.")
    public List<User> completedBy(@Source List<Occurrence> list) {
        Map<Long, User> found = users.load(list.stream().map(Occurrence::completedById).filter(Objects::nonNull).toList());
        return list.stream().map(o -> o.completedById() == null ? null : found.get(o.completedById())).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source RecurringTaskConnection connection) {
        return connection.totalCount();
    }

    @NonNull
    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public int occurrencesTotalCount(@Source OccurrenceConnection connection) {
        return connection.totalCount();
    }

    @Produces
    @ApplicationScoped
    NodeResolver recurringTaskNodes(MaintenanceQueries queries) {
        return NodeResolver.of(RecurringTask.TYPE, queries::tasksByIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver occurrenceNodes(MaintenanceQueries queries) {
        return NodeResolver.of(Occurrence.TYPE, queries::occurrencesByIds);
    }
}
