package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.Where;
import io.caretaker.maintenance.MaintenanceCalendar.PlannedOccurrence;
import io.caretaker.maintenance.MaintenanceInputs.OccurrenceFilter;
import io.caretaker.releases.Release;
import io.caretaker.releases.ReleaseEntity;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookEntity;

/** The read side of recurring maintenance; everyone signed in sees it. */
@ApplicationScoped
public class MaintenanceQueries {

    static final SortKey BY_TITLE = new SortKey("title", "lower(e.title)", CursorType.STRING);
    static final SortKey BY_DUE = new SortKey("due", "e.dueAt", CursorType.TIMESTAMP);
    /** The widest calendar window: a year and a day. */
    static final long WINDOW_DAYS_MAX = 366;
    /** Upcoming due times per task in one calendar (a minutely task would otherwise fill it). */
    static final int UPCOMING_PER_TASK_MAX = 500;

    @Inject
    EntityManager em;

    public Map<Long, RecurringTask> tasksByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, RecurringTaskEntity.class, e -> e.id, Where.all(), ids, RecurringTask::of);
    }

    public Map<Long, Occurrence> occurrencesByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, OccurrenceEntity.class, e -> e.id, Where.all(), ids, Occurrence::of);
    }

    public Page<RecurringTask> tasks(PageRequest request) {
        return KeysetPager.page(em, RecurringTaskEntity.class, e -> e.id, Where.all(), BY_TITLE, SortDirection.ASC, request)
                .map(RecurringTask::of);
    }

    public int taskCount() {
        return KeysetPager.count(em, RecurringTaskEntity.class, Where.all());
    }

    /** Occurrences by due time, oldest first. */
    public Page<Occurrence> occurrences(OccurrenceFilter filter, PageRequest request) {
        return KeysetPager.page(em, OccurrenceEntity.class, e -> e.id, filtered(filter), BY_DUE, SortDirection.ASC, request)
                .map(Occurrence::of);
    }

    public int occurrenceCount(OccurrenceFilter filter) {
        return KeysetPager.count(em, OccurrenceEntity.class, filtered(filter));
    }

    public MaintenanceCalendar calendar(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            throw ApiError.badUserInput("to must be after from.");
        }
        if (java.time.Duration.between(from, to).toDays() > WINDOW_DAYS_MAX) {
            throw ApiError.badUserInput("The window may span at most " + WINDOW_DAYS_MAX + " days.");
        }
        List<Occurrence> occurrences = em.createQuery(
                "from OccurrenceEntity e where e.dueAt >= :from and e.dueAt < :to order by e.dueAt, e.id", OccurrenceEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream().map(Occurrence::of).toList();
        List<PlannedOccurrence> upcoming = new ArrayList<>();
        for (RecurringTaskEntity task : em.createQuery("from RecurringTaskEntity e where e.active = true order by e.id",
                RecurringTaskEntity.class).getResultList()) {
            // what the scheduler has not written yet: after scheduled_until
            OffsetDateTime after = task.scheduledUntil.isAfter(from) ? task.scheduledUntil : from.minusNanos(1);
            Cadence.parse(task.cron, task.timeZone).between(after, to.minusNanos(1), UPCOMING_PER_TASK_MAX)
                    .forEach(due -> upcoming.add(new PlannedOccurrence(due, task.id)));
        }
        upcoming.sort(Comparator.comparing(PlannedOccurrence::dueAt).thenComparing(PlannedOccurrence::taskId));
        List<Runbook> drills = em.createQuery(
                "from RunbookEntity e where e.drillDueAt < :to order by e.drillDueAt, e.id", RunbookEntity.class)
                .setParameter("to", to).getResultList().stream().map(Runbook::of).toList();
        List<Release> releases = em.createQuery("""
                from ReleaseEntity e where e.shippedAt is null and e.releaseDate >= :from and e.releaseDate < :to
                order by e.releaseDate, e.id""", ReleaseEntity.class)
                .setParameter("from", from.toLocalDate()).setParameter("to", to.toLocalDate().plusDays(
                        to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 0 : 1))
                .getResultList().stream().map(Release::of).toList();
        return new MaintenanceCalendar(from, to, occurrences, upcoming, drills, releases);
    }

    private static Where filtered(OccurrenceFilter filter) {
        Where where = Where.all();
        if (filter == null) {
            return where;
        }
        Long task = filter.taskId() == null ? null : GlobalId.decode(filter.taskId(), RecurringTask.TYPE).orElseThrow(
                () -> ApiError.badUserInput("filter.taskId: '" + filter.taskId() + "' is not the id of a " + RecurringTask.TYPE + "."));
        OffsetDateTime now = Timestamps.now();
        where = where.andIf(filter.status(), "e.status in :status", "status")
                .andIf(task, "e.taskId = :task", "task")
                .andIf(filter.dueFrom(), "e.dueAt >= :dueFrom", "dueFrom")
                .andIf(filter.dueBefore(), "e.dueAt < :dueBefore", "dueBefore");
        String open = "io.caretaker.maintenance.OccurrenceStatus.OPEN";
        if (Boolean.TRUE.equals(filter.overdue())) {
            where = where.and("e.status = " + open + " and e.dueAt < :now", "now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where = where.and("(e.status <> " + open + " or e.dueAt >= :now)", "now", now);
        }
        return where;
    }
}
