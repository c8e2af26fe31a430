package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.caretaker.db.Timestamps;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.caretaker.ops.JobLog;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Writes the occurrences of recurring tasks as they fall due, and keeps the gauge
 * caretaker_occurrences_overdue. Each task remembers up to which due time its occurrences exist
 * (scheduled_until), so a run after downtime writes every due time that was missed — at start-up, before
 * anyone asks — and the database's uniqueness of (task, due time) makes a second writer (another replica,
 * an overlapping run) harmless: none is lost, none is written twice.
 */
@ApplicationScoped
public class OccurrenceScheduler {

    /** At most this many occurrences per task and run: a minutely task after a long outage catches up over runs. */
    static final int CATCH_UP_MAX = 500;

    private static final Logger LOG = Logger.getLogger(OccurrenceScheduler.class);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final AtomicLong overdue = new AtomicLong();

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("caretaker.occurrences.overdue", overdue, AtomicLong::get)
                .description("Open occurrences of recurring maintenance past their due time")
                .register(registry);
        int written = writeDue();
        if (written > 0) {
            LOG.infof("Wrote %d occurrences that fell due while Caretaker was not running", written);
        }
    }

    @Scheduled(identity = "occurrences", every = "${caretaker.maintenance.schedule-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        JobLog.fired(execution);
        writeDue();
    }

    /** Writes every occurrence due by now that does not exist yet, refreshes the gauge; returns how many it wrote. */
    public int writeDue() {
        int written = writeDue(Timestamps.now());
        refreshOverdue();
        return written;
    }

    @Transactional
    int writeDue(OffsetDateTime now) {
        // tasks another replica is writing right now are left to it
        List<RecurringTaskEntity> tasks = em.createNativeQuery("""
                select * from recurring_task where active and scheduled_until < :now
                order by id for update skip locked""", RecurringTaskEntity.class)
                .setParameter("now", now).getResultList();
        int written = 0;
        for (RecurringTaskEntity task : tasks) {
            Cadence cadence;
            try {
                cadence = Cadence.parse(task.cron, task.timeZone);
            } catch (IllegalArgumentException e) {
                // only a hand-edited row can get here: the API validates every cadence
                LOG.errorf("Recurring task %d has an unusable cadence and is skipped: %s", task.id, e.getMessage());
                continue;
            }
            List<OffsetDateTime> due = cadence.between(task.scheduledUntil, now, CATCH_UP_MAX);
            for (OffsetDateTime dueAt : due) {
                written += em.createNativeQuery("""
                        insert into occurrence (task_id, due_at, status) values (:task, :due, 'OPEN')
                        on conflict (task_id, due_at) do nothing""")
                        .setParameter("task", task.id).setParameter("due", dueAt).executeUpdate();
            }
            // remember the newest due time written (not through the entity, whose version is the users'); a run with
            // nothing due changes nothing, so that a restored copy of the database exports the same as the original
            if (!due.isEmpty()) {
                em.createNativeQuery("update recurring_task set scheduled_until = :until where id = :id")
                        .setParameter("until", due.get(due.size() - 1)).setParameter("id", task.id).executeUpdate();
            }
        }
        return written;
    }

    @Transactional
    public long refreshOverdue() {
        long count = em.createQuery("select count(o) from OccurrenceEntity o where o.status = :open and o.dueAt < :now",
                Long.class).setParameter("open", OccurrenceStatus.OPEN).setParameter("now", Timestamps.now()).getSingleResult();
        overdue.set(count);
        return count;
    }
}
