package io.caretaker.sla;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.bugs.Bug;

@Type("BugSla")
@Description("A bug against its service-level targets (per severity, in configuration).")
public record BugSla(
        @NonNull @Description("When it must be triaged: reported (or reopened) plus the triage target of its severity.") OffsetDateTime triageDueAt,
        @NonNull @Description("When it must be resolved: reported (or reopened) plus the resolve target of its severity.") OffsetDateTime resolveDueAt,
        @NonNull @Description("The worse of the two clocks.") SlaState state,
        @NonNull @Description("The targets missed so far.") List<@NonNull SlaKind> breaches) {

    /**
     * The clocks of a bug at a moment. Both start when the bug is reported, or reopened; the triage clock
     * stops at triage (or when work starts or it is resolved without triage), the resolve clock at
     * resolution. A clock that stopped after its due time, or still runs past it, is breached.
     */
    static BugSla of(Bug bug, SlaConfig config, OffsetDateTime now) {
        SlaConfig.Targets targets = config.of(bug.severity());
        OffsetDateTime start = bug.reopenedAt() != null ? bug.reopenedAt() : bug.createdAt();
        // triage ends with the first of triage, start of work (REOPENED → IN_PROGRESS skips triage) or resolution
        OffsetDateTime triageStop = earliest(bug.triagedAt(), bug.startedAt(), bug.resolvedAt());
        OffsetDateTime resolveStop = bug.resolvedAt();
        Clock triage = new Clock(start, targets.triage(), triageStop);
        Clock resolve = new Clock(start, targets.resolve(), resolveStop);
        List<SlaKind> breaches = new ArrayList<>();
        if (triage.breached(now)) {
            breaches.add(SlaKind.TRIAGE);
        }
        if (resolve.breached(now)) {
            breaches.add(SlaKind.RESOLVE);
        }
        SlaState state = !breaches.isEmpty() ? SlaState.BREACHED
                : triage.atRisk(now, config.atRisk()) || resolve.atRisk(now, config.atRisk()) ? SlaState.AT_RISK
                : SlaState.ON_TRACK;
        return new BugSla(triage.due(), resolve.due(), state, breaches);
    }

    private static OffsetDateTime earliest(OffsetDateTime... times) {
        OffsetDateTime earliest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (earliest == null || time.isBefore(earliest))) {
                earliest = time;
            }
        }
        return earliest;
    }

    private record Clock(OffsetDateTime start, Duration window, OffsetDateTime stop) {

        OffsetDateTime due() {
            return start.plus(window);
        }

        boolean breached(OffsetDateTime now) {
            return (stop != null ? stop : now).isAfter(due());
        }

        boolean atRisk(OffsetDateTime now, double share) {
            if (stop != null) {
                return false;
            }
            long elapsed = Duration.between(start, now).toMillis();
            return elapsed >= share * window.toMillis();
        }
    }
}
