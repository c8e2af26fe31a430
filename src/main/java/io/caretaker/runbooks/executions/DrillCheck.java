package io.caretaker.runbooks.executions;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.caretaker.ops.JobLog;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The gauge caretaker_drills_overdue: runbooks whose drill is due (drillDue), refreshed on a schedule, so
 * that a scrape reads the stored value and never the database.
 */
@ApplicationScoped
public class DrillCheck {

    @Inject
    ExecutionQueries queries;

    @Inject
    MeterRegistry registry;

    private final AtomicLong overdue = new AtomicLong();

    void registerMetrics(@Observes StartupEvent event) {
        Gauge.builder("caretaker.drills.overdue", overdue, AtomicLong::get)
                .description("Runbooks past their drill interval since the last successful drill, or never drilled")
                .register(registry);
        refresh();
    }

    @Scheduled(identity = "drill-check", every = "${caretaker.runbooks.drill-check-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        JobLog.fired(execution);
        refresh();
    }

    /** Counts the runbooks whose drill is due now; returns the count. */
    @Transactional
    public long refresh() {
        long count = queries.drillDueCount();
        overdue.set(count);
        return count;
    }
}
