package io.caretaker.bugs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.caretaker.bugs.BugInputs.BugClearableField;
import io.caretaker.components.Component;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.users.User;

/**
 * How a bug changes, shared by every mutation that changes one (update, triage, transition, duplicate,
 * bulk update): each field change and each move of the workflow is applied with its activity row and
 * its timestamps, in the caller's transaction.
 */
@ApplicationScoped
class BugChanges {

    /** Field changes; null means "leave as it is", {@link #clear} empties optional fields. */
    record Changes(String title, String description, Severity severity, Priority priority, Long componentId,
            Long assigneeId, List<String> labels, String environment, String stepsToReproduce, Boolean confidential,
            Long fixedInReleaseId, Set<BugClearableField> clear) {

        static Changes none() {
            return new Changes(null, null, null, null, null, null, null, null, null, null, null, Set.of());
        }
    }

    @Inject
    EntityManager em;

    @Inject
    BugQueries queries;

    @Inject
    BugActivity activity;

    @Inject
    BugWatchers watchers;

    /** The bug behind a global id, locked for update; NOT_FOUND alike for unknown and invisible bugs. */
    BugEntity lockVisible(String id) {
        long dbId = GlobalId.decode(id, Bug.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        BugEntity bug = em.find(BugEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (bug == null || !queries.canSee(bug)) {
            throw ApiError.nodeNotFound(id);
        }
        return bug;
    }

    BugEntity findVisible(String id) {
        long dbId = GlobalId.decode(id, Bug.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        BugEntity bug = em.find(BugEntity.class, dbId);
        if (bug == null || !queries.canSee(bug)) {
            throw ApiError.nodeNotFound(id);
        }
        return bug;
    }

    static String key(BugEntity bug) {
        return "BUG-" + bug.number;
    }

    boolean releaseExists(long id) {
        return !em.createNativeQuery("select 1 from release where id = :id").setParameter("id", id).getResultList().isEmpty();
    }

    /** Applies field changes with their activity; true if anything changed. */
    boolean apply(BugEntity bug, Changes changes, long actor, OffsetDateTime now) {
        Set<BugClearableField> clear = changes.clear();
        boolean changed = false;
        if (changes.title() != null && activity.changed(bug, actor, "title", bug.title, changes.title(), now)) {
            bug.title = changes.title();
            changed = true;
        }
        if (changes.description() != null && activity.changed(bug, actor, "description", bug.description, changes.description(), now)) {
            bug.description = changes.description();
            changed = true;
        }
        if (changes.severity() != null && activity.changed(bug, actor, "severity", bug.severity, changes.severity(), now)) {
            bug.severity = changes.severity();
            changed = true;
        }
        Priority priority = value(clear, BugClearableField.PRIORITY, changes.priority(), bug.priority);
        if (activity.changed(bug, actor, "priority", bug.priority, priority, now)) {
            bug.priority = priority;
            changed = true;
        }
        Long component = value(clear, BugClearableField.COMPONENT, changes.componentId(), bug.componentId);
        if (activity.changed(bug, actor, "component", globalId(Component.TYPE, bug.componentId), globalId(Component.TYPE, component), now)) {
            bug.componentId = component;
            changed = true;
        }
        Long assignee = value(clear, BugClearableField.ASSIGNEE, changes.assigneeId(), bug.assigneeId);
        if (activity.changed(bug, actor, "assignee", globalId(User.TYPE, bug.assigneeId), globalId(User.TYPE, assignee), now)) {
            bug.assigneeId = assignee;
            if (assignee != null) {
                watchers.add(bug.id, assignee, now);
            }
            changed = true;
        }
        String environment = value(clear, BugClearableField.ENVIRONMENT, changes.environment(), bug.environment);
        if (activity.changed(bug, actor, "environment", bug.environment, environment, now)) {
            bug.environment = environment;
            changed = true;
        }
        String steps = value(clear, BugClearableField.STEPS_TO_REPRODUCE, changes.stepsToReproduce(), bug.stepsToReproduce);
        if (activity.changed(bug, actor, "stepsToReproduce", bug.stepsToReproduce, steps, now)) {
            bug.stepsToReproduce = steps;
            changed = true;
        }
        if (changes.confidential() != null && activity.changed(bug, actor, "confidential", bug.confidential, changes.confidential(), now)) {
            bug.confidential = changes.confidential();
            changed = true;
        }
        Long fixedIn = value(clear, BugClearableField.FIXED_IN, changes.fixedInReleaseId(), bug.fixedInReleaseId);
        if (activity.changed(bug, actor, "fixedIn", globalId("Release", bug.fixedInReleaseId), globalId("Release", fixedIn), now)) {
            bug.fixedInReleaseId = fixedIn;
            changed = true;
        }
        if (changes.labels() != null) {
            List<String> before = queries.labels(List.of(bug.id)).get(bug.id);
            if (activity.changed(bug, actor, "labels", String.join(",", before), String.join(",", changes.labels()), now)) {
                replaceLabels(bug.id, changes.labels());
                // labels live in another table: bump the version explicitly so that the change is seen
                em.lock(bug, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                changed = true;
            }
        }
        if (changed) {
            bug.updatedAt = now;
        }
        return changed;
    }

    /**
     * Checks a move of the workflow and its resolution; user errors (INVALID_TRANSITION naming the allowed
     * moves, REQUIRED, INVALID) at the given field path. True if the move may be made.
     */
    boolean checkMove(BugEntity bug, BugStatus to, Resolution resolution, Long fixedInReleaseId, UserErrors errors,
            String... field) {
        int before = errors.list().size();
        BugWorkflow.refusal(key(bug), bug.status, to)
                .ifPresent(reason -> errors.add(UserErrorCode.INVALID_TRANSITION, reason, field));
        if (to == BugStatus.RESOLVED) {
            if (resolution == null) {
                errors.add(UserErrorCode.REQUIRED, key(bug) + ": RESOLVED needs a resolution (FIXED, WONT_FIX,"
                        + " CANNOT_REPRODUCE or BY_DESIGN).", field);
            } else if (resolution == Resolution.DUPLICATE) {
                errors.add(UserErrorCode.INVALID, key(bug) + ": mark duplicates with bugMarkDuplicate, which links the"
                        + " original.", field);
            }
        } else if (resolution != null) {
            errors.add(UserErrorCode.INVALID, key(bug) + ": a resolution goes only with a move to RESOLVED.", field);
        }
        if (fixedInReleaseId != null && (to != BugStatus.RESOLVED || resolution != Resolution.FIXED)) {
            errors.add(UserErrorCode.INVALID, key(bug) + ": a fixed-in release goes only with RESOLVED as FIXED.", field);
        }
        return errors.list().size() == before;
    }

    /** Makes a checked move: status, its timestamp, resolution, with activity rows. */
    void move(BugEntity bug, BugStatus to, Resolution resolution, Long fixedInReleaseId, Long duplicateOfId, long actor,
            OffsetDateTime now) {
        BugStatus from = bug.status;
        activity.changed(bug, actor, "status", from, to, now);
        bug.status = to;
        switch (to) {
            case TRIAGED -> {
                if (BugWorkflow.UNTRIAGED.contains(from)) {
                    bug.triagedAt = now;
                }
            }
            case IN_PROGRESS -> bug.startedAt = now;
            case RESOLVED -> bug.resolvedAt = now;
            case CLOSED -> bug.closedAt = now;
            case REOPENED -> {
                // a new round: the old round's timestamps stay in the activity history
                bug.reopenedAt = now;
                bug.triagedAt = null;
                bug.startedAt = null;
                bug.resolvedAt = null;
                bug.closedAt = null;
            }
            default -> throw new IllegalStateException("no move to " + to);
        }
        Resolution newResolution = to == BugStatus.RESOLVED ? resolution : to == BugStatus.CLOSED ? bug.resolution : null;
        if (activity.changed(bug, actor, "resolution", bug.resolution, newResolution, now)) {
            bug.resolution = newResolution;
        }
        Long newFixedIn = to == BugStatus.RESOLVED ? fixedInReleaseId : to == BugStatus.CLOSED ? bug.fixedInReleaseId : null;
        if (activity.changed(bug, actor, "fixedIn", globalId("Release", bug.fixedInReleaseId), globalId("Release", newFixedIn), now)) {
            bug.fixedInReleaseId = newFixedIn;
        }
        Long newDuplicateOf = to == BugStatus.RESOLVED ? duplicateOfId : to == BugStatus.CLOSED ? bug.duplicateOfId : null;
        if (activity.changed(bug, actor, "duplicateOf", globalId(Bug.TYPE, bug.duplicateOfId), globalId(Bug.TYPE, newDuplicateOf), now)) {
            bug.duplicateOfId = newDuplicateOf;
        }
        bug.updatedAt = now;
    }

    /** Makes exactly these labels the labels of the bug, creating label names on first use. */
    void replaceLabels(long bugId, List<String> labels) {
        for (String label : labels) {
            em.createNativeQuery("insert into label (name) values (:name) on conflict (name) do nothing")
                    .setParameter("name", label).executeUpdate();
        }
        em.createNativeQuery("delete from bug_label where bug_id = :bug").setParameter("bug", bugId).executeUpdate();
        if (!labels.isEmpty()) {
            em.createNativeQuery("insert into bug_label (bug_id, label_id) select :bug, id from label where name in (:names)")
                    .setParameter("bug", bugId).setParameter("names", labels).executeUpdate();
        }
    }

    private static <T> T value(Set<BugClearableField> clear, BugClearableField field, T given, T current) {
        if (clear.contains(field)) {
            return null;
        }
        return given != null ? given : current;
    }

    static String globalId(String type, Long id) {
        return id == null ? null : GlobalId.encode(type, id);
    }
}
