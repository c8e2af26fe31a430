package io.caretaker.bugs;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.bugs.BugChanges.Changes;
import io.caretaker.bugs.BugInputs.BugClearableField;
import io.caretaker.bugs.BugWorkflowInputs.BugMarkDuplicateInput;
import io.caretaker.bugs.BugWorkflowInputs.BugMarkDuplicatePayload;
import io.caretaker.bugs.BugWorkflowInputs.BugTransitionInput;
import io.caretaker.bugs.BugWorkflowInputs.BugTransitionPayload;
import io.caretaker.bugs.BugWorkflowInputs.BugTriageInput;
import io.caretaker.bugs.BugWorkflowInputs.BugTriagePayload;
import io.caretaker.bugs.BugWorkflowInputs.BugWatchPayload;
import io.caretaker.bugs.BugWorkflowInputs.BugsBulkUpdateInput;
import io.caretaker.bugs.BugWorkflowInputs.BugsBulkUpdatePayload;
import io.caretaker.components.Component;
import io.caretaker.components.ComponentService;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.security.CurrentUser;
import io.caretaker.users.User;
import io.caretaker.users.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The workflow of bugs: moves, triage, duplicates, bulk updates and watching. Each operation validates
 * everything first, changes nothing when there is a user error, and writes its changes with their
 * activity rows in one transaction.
 */
@ApplicationScoped
public class BugWorkflowService {

    static final int BULK_MAX = 100;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BugChanges changes;

    @Inject
    BugWatchers watchers;

    @Inject
    BugQueries queries;

    @Inject
    ComponentService components;

    @Inject
    UserService users;

    @Transactional
    public BugTransitionPayload transition(String id, BugTransitionInput input) {
        BugEntity bug = changes.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), bug.version, "bug");
        Long fixedIn = errors.reference(input.fixedInReleaseId(), "Release", changes::releaseExists, "input", "fixedInReleaseId");
        if (!errors.any()) {
            changes.checkMove(bug, input.to(), input.resolution(), fixedIn, errors, "input", "to");
        }
        if (errors.any()) {
            return new BugTransitionPayload(null, errors.list());
        }
        changes.move(bug, input.to(), input.resolution(), fixedIn, null, currentUser.id(), Timestamps.now());
        em.flush();
        return new BugTransitionPayload(Bug.of(bug), List.of());
    }

    @Transactional
    public BugTriagePayload triage(String id, BugTriageInput input) {
        BugEntity bug = changes.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), bug.version, "bug");
        if (!BugWorkflow.UNTRIAGED.contains(bug.status)) {
            errors.add(UserErrorCode.INVALID_TRANSITION, BugChanges.key(bug) + " is " + bug.status + ": triage applies to NEW"
                    + " and REOPENED bugs; from " + bug.status + " it can move to " + BugWorkflow.allowedFrom(bug.status)
                    + " with bugTransition.");
        }
        Long componentId = errors.reference(input.componentId(), Component.TYPE, components::exists, "input", "componentId");
        Long assigneeId = errors.reference(input.assigneeId(), User.TYPE, users::exists, "input", "assigneeId");
        List<String> labels = Labels.normalize(input.labels(), errors, "input", "labels");
        if (errors.any()) {
            return new BugTriagePayload(null, errors.list());
        }
        long me = currentUser.id();
        OffsetDateTime now = Timestamps.now();
        changes.apply(bug, new Changes(null, null, input.severity(), input.priority(), componentId, assigneeId, labels, null,
                null, null, null, Set.of()), me, now);
        changes.move(bug, BugStatus.TRIAGED, null, null, null, me, now);
        em.flush();
        return new BugTriagePayload(Bug.of(bug), List.of());
    }

    @Transactional
    public BugMarkDuplicatePayload markDuplicate(String id, BugMarkDuplicateInput input) {
        BugEntity duplicate = changes.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), duplicate.version, "bug");
        Optional<BugEntity> original = GlobalId.decode(input.originalId(), Bug.TYPE)
                .map(originalId -> em.find(BugEntity.class, originalId))
                .filter(queries::canSee);
        if (original.isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, "No Bug with id '" + input.originalId() + "'.", "input", "originalId");
        } else if (original.get().id.equals(duplicate.id)) {
            errors.add(UserErrorCode.INVALID, "A bug cannot duplicate itself.", "input", "originalId");
        } else if (leadsTo(original.get(), duplicate.id)) {
            errors.add(UserErrorCode.INVALID, BugChanges.key(original.get()) + " is already a duplicate of "
                    + BugChanges.key(duplicate) + " (directly or through other duplicates): that would be a cycle.",
                    "input", "originalId");
        } else {
            // the move to RESOLVED must be allowed from the duplicate's status; the resolution is ours to set
            BugWorkflow.refusal(BugChanges.key(duplicate), duplicate.status, BugStatus.RESOLVED)
                    .ifPresent(reason -> errors.add(UserErrorCode.INVALID_TRANSITION, reason, "input", "originalId"));
        }
        if (errors.any()) {
            return new BugMarkDuplicatePayload(null, null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        changes.move(duplicate, BugStatus.RESOLVED, Resolution.DUPLICATE, null, original.get().id, currentUser.id(), now);
        watchers.copy(duplicate.id, original.get().id, now);
        em.flush();
        return new BugMarkDuplicatePayload(Bug.of(duplicate), Bug.of(original.get()), List.of());
    }

    /** Whether following duplicateOf links from a bug reaches the given bug. */
    private boolean leadsTo(BugEntity from, long target) {
        Set<Long> seen = new HashSet<>();
        Long next = from.duplicateOfId;
        while (next != null && seen.add(next)) {
            if (next == target) {
                return true;
            }
            BugEntity bug = em.find(BugEntity.class, next);
            next = bug == null ? null : bug.duplicateOfId;
        }
        return false;
    }

    @Transactional
    public BugsBulkUpdatePayload bulkUpdate(List<String> ids, BugsBulkUpdateInput input) {
        UserErrors errors = new UserErrors();
        if (ids.isEmpty() || ids.size() > BULK_MAX) {
            errors.add(UserErrorCode.INVALID, "Send 1 to " + BULK_MAX + " bugs (got " + ids.size() + ").", "ids");
            return new BugsBulkUpdatePayload(null, errors.list());
        }
        Long componentId = errors.reference(input.componentId(), Component.TYPE, components::exists, "input", "componentId");
        Long assigneeId = errors.reference(input.assigneeId(), User.TYPE, users::exists, "input", "assigneeId");
        List<String> add = Labels.normalize(input.addLabels(), errors, "input", "addLabels");
        List<String> remove = Labels.normalize(input.removeLabels(), errors, "input", "removeLabels");
        Set<BugClearableField> clear = input.clear() == null || input.clear().isEmpty() ? Set.of()
                : EnumSet.copyOf(BugService.nonNull(input.clear()));
        if (input.to() == null && input.resolution() != null) {
            errors.add(UserErrorCode.INVALID, "A resolution goes only with a move to RESOLVED.", "input", "resolution");
        }

        // lock in id order so that two bulk updates over the same bugs cannot deadlock; report in input order
        Map<Integer, BugEntity> bugs = new HashMap<>();
        Map<Long, Integer> positions = new TreeMap<>();
        Map<Integer, UserErrors> perBug = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<Long> dbId = GlobalId.decode(ids.get(i), Bug.TYPE);
            if (dbId.isEmpty()) {
                perBug.computeIfAbsent(i, k -> new UserErrors()).add(UserErrorCode.NOT_FOUND,
                        "No Bug with id '" + ids.get(i) + "'.", "ids", String.valueOf(i));
            } else if (positions.putIfAbsent(dbId.get(), i) != null) {
                perBug.computeIfAbsent(i, k -> new UserErrors()).add(UserErrorCode.INVALID,
                        "'" + ids.get(i) + "' is listed twice.", "ids", String.valueOf(i));
            }
        }
        for (Map.Entry<Long, Integer> entry : positions.entrySet()) {
            int index = entry.getValue();
            BugEntity bug = em.find(BugEntity.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (bug == null || !queries.canSee(bug)) {
                perBug.computeIfAbsent(index, k -> new UserErrors()).add(UserErrorCode.NOT_FOUND,
                        "No Bug with id '" + ids.get(index) + "'.", "ids", String.valueOf(index));
            } else {
                bugs.put(index, bug);
                if (input.to() != null) {
                    changes.checkMove(bug, input.to(), input.resolution(), null,
                            perBug.computeIfAbsent(index, k -> new UserErrors()), "ids", String.valueOf(index));
                }
            }
        }
        perBug.values().forEach(errors::addAll);
        if (errors.any()) {
            // locks taken above are released by the rollback; nothing was changed
            QuarkusTransaction.setRollbackOnly();
            return new BugsBulkUpdatePayload(null, errors.list());
        }

        long me = currentUser.id();
        OffsetDateTime now = Timestamps.now();
        Map<Long, List<String>> labels = (add == null && remove == null) ? Map.of()
                : queries.labels(bugs.values().stream().map(b -> b.id).toList());
        List<Bug> result = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            BugEntity bug = bugs.get(i);
            List<String> newLabels = null;
            if (add != null || remove != null) {
                Set<String> set = new LinkedHashSet<>(labels.get(bug.id));
                if (add != null) {
                    set.addAll(add);
                }
                if (remove != null) {
                    remove.forEach(set::remove);
                }
                newLabels = set.stream().sorted().toList();
            }
            changes.apply(bug, new Changes(null, null, input.severity(), input.priority(), componentId, assigneeId, newLabels,
                    null, null, null, null, clear), me, now);
            if (input.to() != null) {
                changes.move(bug, input.to(), input.resolution(), null, null, me, now);
            }
        }
        em.flush();
        for (int i = 0; i < ids.size(); i++) {
            result.add(Bug.of(bugs.get(i)));
        }
        return new BugsBulkUpdatePayload(result, List.of());
    }

    @Transactional
    public BugWatchPayload watch(String id, boolean watching) {
        BugEntity bug = changes.findVisible(id);
        long me = currentUser.id();
        if (watching) {
            watchers.add(bug.id, me, Timestamps.now());
        } else {
            watchers.remove(bug.id, me);
        }
        return new BugWatchPayload(Bug.of(bug), watching, List.of());
    }
}
