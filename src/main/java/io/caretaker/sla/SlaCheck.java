package io.caretaker.sla;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.caretaker.bugs.Severity;
import io.caretaker.db.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.caretaker.ops.JobLog;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The scheduled SLA check: records every missed target once (the database refuses a second row for the
 * same bug, clock and due time, so several replicas or a re-run record nothing twice) and refreshes the
 * open-bug gauge. The counter counts only the rows this run inserted, after they are committed.
 */
@ApplicationScoped
public class SlaCheck {

    private static final Logger LOG = Logger.getLogger(SlaCheck.class);
    /** Clocks that stopped late are looked for this far back, which covers a day of downtime. */
    private static final String STOPPED_LOOKBACK = "1 day";

    @Inject
    EntityManager em;

    @Inject
    SlaConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<Severity, AtomicLong> open = new EnumMap<>(Severity.class);

    void registerMetrics(@Observes StartupEvent event) {
        // every breach series from the start, at 0: rate() and increase() see the first breach, and a
        // scrape shows the metric before anything was breached
        for (SlaKind kind : SlaKind.values()) {
            for (Severity severity : Severity.values()) {
                breaches(kind, severity.name());
            }
        }
        for (Severity severity : Severity.values()) {
            AtomicLong value = new AtomicLong();
            open.put(severity, value);
            Gauge.builder("caretaker.bugs.open", value, AtomicLong::get)
                    .description("Bugs that are not resolved or closed (NEW, TRIAGED, IN_PROGRESS, REOPENED)")
                    .tag("severity", severity.name())
                    .register(registry);
        }
        refreshOpenBugs();
    }

    @Scheduled(identity = "sla-breaches", every = "${caretaker.sla.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        JobLog.fired(execution);
        int recorded = recordBreaches();
        if (recorded > 0) {
            LOG.infof("Recorded %d SLA breaches", recorded);
        }
        refreshOpenBugs();
    }

    /**
     * Records the breaches not recorded yet and counts them in the metric once they are committed; returns
     * how many this call recorded. Idempotent.
     */
    public int recordBreaches() {
        Map<SlaKind, List<String>> recorded = insertBreaches();
        recorded.forEach((kind, severities) -> severities.forEach(severity -> breaches(kind, severity).increment()));
        return recorded.values().stream().mapToInt(List::size).sum();
    }

    private Counter breaches(SlaKind kind, String severity) {
        return Counter.builder("caretaker.sla.breaches")
                .description("SLA targets missed, counted once per bug, clock and due time")
                .tag("severity", severity)
                .tag("kind", kind.name())
                .register(registry);
    }

    @Transactional
    Map<SlaKind, List<String>> insertBreaches() {
        OffsetDateTime now = Timestamps.now();
        Map<SlaKind, List<String>> recorded = new EnumMap<>(SlaKind.class);
        // least() ignores nulls: triage ends with the first of triage, start of work or resolution
        recorded.put(SlaKind.TRIAGE, record(SlaKind.TRIAGE, "least(b.triaged_at, b.started_at, b.resolved_at)", now));
        recorded.put(SlaKind.RESOLVE, record(SlaKind.RESOLVE, "b.resolved_at", now));
        return recorded;
    }

    private List<String> record(SlaKind kind, String stop, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<String> severities = em.createNativeQuery("""
                insert into sla_breach (bug_id, kind, severity, due_at, recorded_at)
                select b.id, :kind, b.severity, d.due, :now
                from bug b
                cross join lateral (select coalesce(b.reopened_at, b.created_at) + make_interval(secs => case b.severity
                    when 'S1' then :s1 when 'S2' then :s2 when 'S3' then :s3 else :s4 end) as due) d
                where (%1$s is null and d.due < :now and b.status in ('NEW', 'TRIAGED', 'IN_PROGRESS', 'REOPENED'))
                   or (%1$s > d.due and %1$s > cast(:now as timestamptz) - interval '%2$s')
                on conflict (bug_id, kind, due_at) do nothing
                returning severity""".formatted(stop, STOPPED_LOOKBACK))
                .setParameter("kind", kind.name())
                .setParameter("now", now)
                .setParameter("s1", seconds(Severity.S1, kind))
                .setParameter("s2", seconds(Severity.S2, kind))
                .setParameter("s3", seconds(Severity.S3, kind))
                .setParameter("s4", seconds(Severity.S4, kind))
                .getResultList();
        return severities;
    }

    /** Counts the open bugs per severity for the gauge; a scrape reads the stored values, never the database. */
    @Transactional
    public void refreshOpenBugs() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        em.createQuery("""
                select b.severity, count(b) from BugEntity b
                where b.status in (io.caretaker.bugs.BugStatus.NEW, io.caretaker.bugs.BugStatus.TRIAGED,
                                   io.caretaker.bugs.BugStatus.IN_PROGRESS, io.caretaker.bugs.BugStatus.REOPENED)
                group by b.severity""", Object[].class)
                .getResultList().forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
        for (Severity severity : Severity.values()) {
            open.get(severity).set(counts.getOrDefault(severity, 0L));
        }
    }

    private double seconds(Severity severity, SlaKind kind) {
        SlaConfig.Targets targets = config.of(severity);
        return (kind == SlaKind.TRIAGE ? targets.triage() : targets.resolve()).toMillis() / 1000.0;
    }
}
