package io.caretaker.bugs;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.caretaker.bugs.BugChanges.Changes;
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
    static final int SIMILAR_ON_CREATE = 5;

    /** What only engineers may set or clear on an existing bug. */
    private static final Set<BugClearableField> TRIAGE_FIELDS = EnumSet.of(BugClearableField.PRIORITY,
            BugClearableField.COMPONENT, BugClearableField.ASSIGNEE, BugClearableField.FIXED_IN);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BugQueries queries;

    @Inject
    BugActivity activity;

    @Inject
    BugChanges changes;

    @Inject
    BugWatchers watchers;

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
            return new BugCreatePayload(null, errors.list(), List.of());
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
            changes.replaceLabels(bug.id, labels);
        }
        activity.created(bug, bug.reporterId);
        watchers.add(bug.id, bug.reporterId, bug.createdAt);
        return new BugCreatePayload(Bug.of(bug), List.of(), queries.similar(bug.title, SIMILAR_ON_CREATE, bug.id));
    }

    @Transactional
    public BugUpdatePayload update(String id, BugUpdateInput input) {
        BugEntity bug = changes.lockVisible(id);
        long me = currentUser.id();
        boolean engineer = currentUser.has(Roles.ENGINEER);
        Set<BugClearableField> clear = input.clear() == null ? Set.of() : EnumSet.copyOf(nonNull(input.clear()));
        if (!engineer) {
            if (bug.reporterId != me) {
                throw ApiError.forbidden("Forbidden: only engineers may change bugs reported by someone else.");
            }
            if (input.severity() != null || input.priority() != null || input.componentId() != null
                    || input.assigneeId() != null || input.fixedInReleaseId() != null
                    || clear.stream().anyMatch(TRIAGE_FIELDS::contains)) {
                throw ApiError.forbidden("Forbidden: severity, priority, component, assignee and fixed-in release are"
                        + " changed by engineers.");
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
        Long fixedIn = errors.reference(input.fixedInReleaseId(), "Release", changes::releaseExists, "input", "fixedInReleaseId");
        List<String> labels = Labels.normalize(input.labels(), errors, "input", "labels");
        if (errors.any()) {
            return new BugUpdatePayload(null, errors.list());
        }
        if (changes.apply(bug, new Changes(title, description, input.severity(), input.priority(), componentId, assigneeId,
                labels, environment, steps, input.confidential(), fixedIn, clear), me, Timestamps.now())) {
            em.flush();
        }
        return new BugUpdatePayload(Bug.of(bug), List.of());
    }

    @Transactional
    public BugCommentAddPayload addComment(String id, BugCommentAddInput input) {
        BugEntity bug = changes.findVisible(id);
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
        // who comments follows the conversation
        watchers.add(bug.id, comment.authorId, comment.createdAt);
        bug.updatedAt = comment.createdAt;
        em.flush();
        return new BugCommentAddPayload(Comment.of(comment), Bug.of(bug), List.of());
    }

    static <T> List<T> nonNull(List<T> list) {
        return list.stream().filter(Objects::nonNull).toList();
    }
}
