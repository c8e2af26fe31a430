package io.caretaker.bugs;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.bugs.BugInputs.BugClearableField;
import io.caretaker.bugs.BugInputs.BugCommentAddInput;
import io.caretaker.bugs.BugInputs.BugCommentAddPayload;
import io.caretaker.bugs.BugInputs.BugCreateInput;
import io.caretaker.bugs.BugInputs.BugCreatePayload;
import io.caretaker.bugs.BugInputs.BugUpdateInput;
import io.caretaker.bugs.BugInputs.BugUpdatePayload;
import io.caretaker.components.Component;
import io.caretaker.components.ComponentService;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrors;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserService;

/**
 * The write side of bugs. Each mutation validates everything first and changes nothing when there is
 * a user error; the changes and their activity rows commit together.
 */
@ApplicationScoped
public class BugService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 50_000;
    static final int ENVIRONMENT_MAX = 500;
    static final int COMMENT_MAX = 20_000;

    /** What only engineers may set or clear on an existing bug. */
    private static final Set<BugClearableField> TRIAGE_FIELDS = EnumSet.of(BugClearableField.PRIORITY,
            BugClearableField.COMPONENT, BugClearableField.ASSIGNEE);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BugQueries queries;

    @Inject
    BugActivity activity;

    @Inject
    ComponentService components;

    @Inject
    UserService users;

    @Transactional
    public BugCreatePayload create(BugCreateInput input) {
        UserErrors errors = new UserErrors();
        String title = errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = errors.optional(input.description(), TEXT_MAX, "input", "description");
        String environment = errors.optional(input.environment(), ENVIRONMENT_MAX, "input", "environment");
        String steps = errors.optional(input.stepsToReproduce(), TEXT_MAX, "input", "stepsToReproduce");
        Long componentId = errors.reference(input.componentId(), Component.TYPE, components::exists, "input", "componentId");
        List<String> labels = Labels.normalize(input.labels(), errors, "input", "labels");
        if (errors.any()) {
            return new BugCreatePayload(null, errors.list());
        }
        BugEntity bug = new BugEntity();
        bug.title = title;
        bug.description = description == null ? "" : description;
        bug.severity = input.severity() != null ? input.severity() : Severity.S3;
        bug.status = BugStatus.NEW;
        bug.componentId = componentId;
        bug.reporterId = currentUser.id();
        bug.environment = environment;
        bug.stepsToReproduce = steps;
        bug.confidential = Boolean.TRUE.equals(input.confidential());
        bug.createdAt = Timestamps.now();
        bug.updatedAt = bug.createdAt;
        em.persist(bug);
        em.flush();
        if (labels != null) {
            replaceLabels(bug.id, labels);
        }
        activity.created(bug, bug.reporterId);
        return new BugCreatePayload(Bug.of(bug), List.of());
    }

    @Transactional
    public BugUpdatePayload update(String id, BugUpdateInput input) {
        BugEntity bug = lockVisible(id);
        long me = currentUser.id();
        boolean engineer = currentUser.has(Roles.ENGINEER);
        List<BugClearableField> clear = input.clear() == null ? List.of() : input.clear();
        if (!engineer) {
            if (bug.reporterId != me) {
                throw ApiError.forbidden("Forbidden: only engineers may change bugs reported by someone else.");
            }
            if (input.severity() != null || input.priority() != null || input.componentId() != null
                    || input.assigneeId() != null || clear.stream().anyMatch(TRIAGE_FIELDS::contains)) {
                throw ApiError.forbidden("Forbidden: severity, priority, component and assignee are changed at triage, by engineers.");
            }
        }

        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), bug.version, "bug");
        String title = input.title() == null ? null : errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = input.description() == null ? null
                : Objects.requireNonNullElse(errors.optional(input.description(), TEXT_MAX, "input", "description"), "");
        String environment = errors.optional(input.environment(), ENVIRONMENT_MAX, "input", "environment");
        String steps = errors.optional(input.stepsToReproduce(), TEXT_MAX, "input", "stepsToReproduce");
        Long componentId = errors.reference(input.componentId(), Component.TYPE, components::exists, "input", "componentId");
        Long assigneeId = errors.reference(input.assigneeId(), User.TYPE, users::exists, "input", "assigneeId");
        List<String> labels = Labels.normalize(input.labels(), errors, "input", "labels");
        if (errors.any()) {
            return new BugUpdatePayload(null, errors.list());
        }

        OffsetDateTime now = Timestamps.now();
        boolean changed = false;
        if (title != null && activity.changed(bug, me, "title", bug.title, title, now)) {
            bug.title = title;
            changed = true;
        }
        if (description != null && activity.changed(bug, me, "description", bug.description, description, now)) {
            bug.description = description;
            changed = true;
        }
        if (input.severity() != null && activity.changed(bug, me, "severity", bug.severity, input.severity(), now)) {
            bug.severity = input.severity();
            changed = true;
        }
        Priority priority = clear.contains(BugClearableField.PRIORITY) ? null : input.priority() != null ? input.priority() : bug.priority;
        if (activity.changed(bug, me, "priority", bug.priority, priority, now)) {
            bug.priority = priority;
            changed = true;
        }
        Long component = clear.contains(BugClearableField.COMPONENT) ? null : componentId != null ? componentId : bug.componentId;
        if (activity.changed(bug, me, "component", globalId(Component.TYPE, bug.componentId), globalId(Component.TYPE, component), now)) {
            bug.componentId = component;
            changed = true;
        }
        Long assignee = clear.contains(BugClearableField.ASSIGNEE) ? null : assigneeId != null ? assigneeId : bug.assigneeId;
        if (activity.changed(bug, me, "assignee", globalId(User.TYPE, bug.assigneeId), globalId(User.TYPE, assignee), now)) {
            bug.assigneeId = assignee;
            changed = true;
        }
        String newEnvironment = clear.contains(BugClearableField.ENVIRONMENT) ? null : environment != null ? environment : bug.environment;
        if (activity.changed(bug, me, "environment", bug.environment, newEnvironment, now)) {
            bug.environment = newEnvironment;
            changed = true;
        }
        String newSteps = clear.contains(BugClearableField.STEPS_TO_REPRODUCE) ? null : steps != null ? steps : bug.stepsToReproduce;
        if (activity.changed(bug, me, "stepsToReproduce", bug.stepsToReproduce, newSteps, now)) {
            bug.stepsToReproduce = newSteps;
            changed = true;
        }
        if (input.confidential() != null && activity.changed(bug, me, "confidential", bug.confidential, input.confidential(), now)) {
            bug.confidential = input.confidential();
            changed = true;
        }
        if (labels != null) {
            List<String> before = queries.labels(List.of(bug.id)).get(bug.id);
            if (activity.changed(bug, me, "labels", String.join(",", before), String.join(",", labels), now)) {
                replaceLabels(bug.id, labels);
                // labels live in another table: bump the version explicitly so that the change is seen
                em.lock(bug, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                changed = true;
            }
        }
        if (changed) {
            bug.updatedAt = now;
            em.flush();
        }
        return new BugUpdatePayload(Bug.of(bug), List.of());
    }

    @Transactional
    public BugCommentAddPayload addComment(String id, BugCommentAddInput input) {
        BugEntity bug = findVisible(id);
        UserErrors errors = new UserErrors();
        String body = errors.required(input.body(), COMMENT_MAX, "input", "body");
        if (errors.any()) {
            return new BugCommentAddPayload(null, Bug.of(bug), errors.list());
        }
        CommentEntity comment = new CommentEntity();
        comment.bugId = bug.id;
        comment.authorId = currentUser.id();
        comment.body = body;
        comment.createdAt = Timestamps.now();
        comment.updatedAt = comment.createdAt;
        em.persist(comment);
        em.flush();
        activity.commented(bug.id, comment.authorId, comment);
        bug.updatedAt = comment.createdAt;
        em.flush();
        return new BugCommentAddPayload(Comment.of(comment), Bug.of(bug), List.of());
    }

    /** The bug behind a global id, locked for update; NOT_FOUND alike for unknown and invisible bugs. */
    private BugEntity lockVisible(String id) {
        long dbId = GlobalId.decode(id, Bug.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        BugEntity bug = em.find(BugEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (bug == null || !queries.canSee(bug)) {
            throw ApiError.nodeNotFound(id);
        }
        return bug;
    }

    private BugEntity findVisible(String id) {
        long dbId = GlobalId.decode(id, Bug.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        BugEntity bug = em.find(BugEntity.class, dbId);
        if (bug == null || !queries.canSee(bug)) {
            throw ApiError.nodeNotFound(id);
        }
        return bug;
    }

    /** Makes exactly these labels the labels of the bug, creating label names on first use. */
    private void replaceLabels(long bugId, List<String> labels) {
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

    private static String globalId(String type, Long id) {
        return id == null ? null : GlobalId.encode(type, id);
    }
}
