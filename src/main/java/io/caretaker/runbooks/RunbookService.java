package io.caretaker.runbooks;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.caretaker.db.Constraints;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.runbooks.RunbookInputs.RunbookClearableField;
import io.caretaker.runbooks.RunbookInputs.RunbookCreateInput;
import io.caretaker.runbooks.RunbookInputs.RunbookCreatePayload;
import io.caretaker.runbooks.RunbookInputs.RunbookReviseInput;
import io.caretaker.runbooks.RunbookInputs.RunbookRevisePayload;
import io.caretaker.runbooks.RunbookInputs.RunbookStepInput;
import io.caretaker.security.CurrentUser;
import io.caretaker.users.User;
import io.caretaker.users.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The write side of runbooks. A runbook changes only by gaining a revision: revisions and their steps
 * are written once and never updated or deleted, so that what an execution ran stays readable as it was.
 * Each mutation validates everything first and changes nothing when there is a user error.
 */
@ApplicationScoped
public class RunbookService {

    static final int SLUG_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int PURPOSE_MAX = 20_000;
    static final int MESSAGE_MAX = 500;
    static final int STEPS_MAX = 100;
    static final int STEP_TITLE_MAX = 200;
    static final int INSTRUCTIONS_MAX = 20_000;
    static final int COMMAND_MAX = 5_000;
    static final int EXPECTED_RESULT_MAX = 2_000;
    static final int RTO_MINUTES_MAX = 100_000;
    static final int DRILL_INTERVAL_DAYS_MAX = 3_650;
    static final String INITIAL_MESSAGE = "Initial revision";

    /** Groups of lower-case letters and digits joined by single hyphens; unambiguous, so no backtracking blow-up. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A validated step, ready to be written. */
    private record StepValues(String title, String instructions, String command, String expectedResult) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @Transactional
    public RunbookCreatePayload create(RunbookCreateInput input) {
        UserErrors errors = new UserErrors();
        String slug = slug(errors, input.slug());
        String title = errors.required(input.title(), TITLE_MAX, "input", "title");
        String purpose = errors.optional(input.purpose(), PURPOSE_MAX, "input", "purpose");
        Long ownerId = errors.reference(input.ownerId(), User.TYPE, users::exists, "input", "ownerId");
        rtoMinutes(errors, input.rtoMinutes());
        drillIntervalDays(errors, input.drillIntervalDays());
        List<StepValues> steps = steps(errors, input.steps());
        String message = errors.optional(input.message(), MESSAGE_MAX, "input", "message");
        if (slug != null && findBySlug(slug) != null) {
            errors.add(UserErrorCode.TAKEN, slugTaken(slug), "input", "slug");
        }
        if (errors.any()) {
            return new RunbookCreatePayload(null, errors.list());
        }

        OffsetDateTime now = Timestamps.now();
        RunbookEntity runbook = new RunbookEntity();
        runbook.slug = slug;
        runbook.title = title;
        runbook.purpose = purpose == null ? "" : purpose;
        runbook.category = input.category();
        runbook.ownerId = ownerId;
        runbook.rtoMinutes = input.rtoMinutes();
        runbook.drillIntervalDays = input.drillIntervalDays();
        runbook.currentRevision = 1;
        runbook.createdAt = now;
        runbook.updatedAt = now;
        try {
            em.persist(runbook);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "runbook_slug_key")) {
                // a concurrent request took the slug between our check and the insert
                QuarkusTransaction.setRollbackOnly();
                return new RunbookCreatePayload(null, UserErrors.single(UserErrorCode.TAKEN, slugTaken(slug), "input", "slug"));
            }
            throw e;
        }
        RunbookRevisionEntity revision = addRevision(runbook, message == null ? INITIAL_MESSAGE : message, now);
        writeSteps(revision.id, steps);
        em.flush();
        em.refresh(runbook); // drill_due_at is computed by the database
        return new RunbookCreatePayload(Runbook.of(runbook), List.of());
    }

    @Transactional
    public RunbookRevisePayload revise(String id, RunbookReviseInput input) {
        RunbookEntity runbook = lock(id);
        List<RunbookClearableField> clear = input.clear() == null ? List.of() : input.clear();

        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), runbook.version, "runbook");
        String title = input.title() == null ? null : errors.required(input.title(), TITLE_MAX, "input", "title");
        String purpose = input.purpose() == null ? null
                : Objects.requireNonNullElse(errors.optional(input.purpose(), PURPOSE_MAX, "input", "purpose"), "");
        Long ownerId = errors.reference(input.ownerId(), User.TYPE, users::exists, "input", "ownerId");
        rtoMinutes(errors, input.rtoMinutes());
        drillIntervalDays(errors, input.drillIntervalDays());
        List<StepValues> steps = input.steps() == null ? null : steps(errors, input.steps());
        String message = errors.required(input.message(), MESSAGE_MAX, "input", "message");
        if (errors.any()) {
            return new RunbookRevisePayload(null, errors.list());
        }

        OffsetDateTime now = Timestamps.now();
        long previousRevisionId = revisionId(runbook.id, runbook.currentRevision);
        if (title != null) {
            runbook.title = title;
        }
        if (purpose != null) {
            runbook.purpose = purpose;
        }
        if (input.category() != null) {
            runbook.category = input.category();
        }
        if (clear.contains(RunbookClearableField.OWNER)) {
            runbook.ownerId = null;
        } else if (ownerId != null) {
            runbook.ownerId = ownerId;
        }
        if (clear.contains(RunbookClearableField.RTO_MINUTES)) {
            runbook.rtoMinutes = null;
        } else if (input.rtoMinutes() != null) {
            runbook.rtoMinutes = input.rtoMinutes();
        }
        if (clear.contains(RunbookClearableField.DRILL_INTERVAL_DAYS)) {
            runbook.drillIntervalDays = null;
        } else if (input.drillIntervalDays() != null) {
            runbook.drillIntervalDays = input.drillIntervalDays();
        }
        runbook.currentRevision++;
        runbook.updatedAt = now;
        RunbookRevisionEntity revision = addRevision(runbook, message, now);
        if (steps != null) {
            writeSteps(revision.id, steps);
        } else {
            copySteps(previousRevisionId, revision.id);
        }
        em.flush();
        em.refresh(runbook); // drill_due_at is computed by the database
        return new RunbookRevisePayload(Runbook.of(runbook), List.of());
    }

    /** The runbook behind a global id, locked for update: revisions of one runbook are made one at a time. */
    private RunbookEntity lock(String id) {
        long dbId = GlobalId.decode(id, Runbook.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        RunbookEntity runbook = em.find(RunbookEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (runbook == null) {
            throw ApiError.nodeNotFound(id);
        }
        return runbook;
    }

    private RunbookEntity findBySlug(String slug) {
        return em.createQuery("from RunbookEntity e where e.slug = :slug", RunbookEntity.class)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }

    private long revisionId(long runbookId, int number) {
        return em.createQuery("select r.id from RunbookRevisionEntity r where r.runbookId = :runbook and r.number = :number",
                Long.class).setParameter("runbook", runbookId).setParameter("number", number).getSingleResult();
    }

    private RunbookRevisionEntity addRevision(RunbookEntity runbook, String message, OffsetDateTime now) {
        RunbookRevisionEntity revision = new RunbookRevisionEntity();
        revision.runbookId = runbook.id;
        revision.number = runbook.currentRevision;
        revision.message = message;
        revision.authorId = currentUser.id();
        revision.createdAt = now;
        em.persist(revision);
        return revision;
    }

    private void writeSteps(long revisionId, List<StepValues> steps) {
        for (int i = 0; i < steps.size(); i++) {
            StepValues values = steps.get(i);
            RunbookStepEntity step = new RunbookStepEntity();
            step.revisionId = revisionId;
            step.position = i + 1;
            step.title = values.title();
            step.instructions = values.instructions();
            step.command = values.command();
            step.expectedResult = values.expectedResult();
            em.persist(step);
        }
    }

    /** The steps of the previous revision, as new rows of the new one: revisions never share steps. */
    private void copySteps(long fromRevisionId, long toRevisionId) {
        em.createNativeQuery("""
                insert into runbook_step (revision_id, position, title, instructions, command, expected_result)
                select :to, position, title, instructions, command, expected_result
                from runbook_step where revision_id = :from order by position""")
                .setParameter("to", toRevisionId).setParameter("from", fromRevisionId).executeUpdate();
    }

    private static String slug(UserErrors errors, String value) {
        String slug = value == null ? "" : value.strip();
        if (slug.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "Slug is required.", "input", "slug");
            return null;
        }
        if (slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            errors.add(UserErrorCode.INVALID, "Slug must be lower-case letters and digits in groups joined by single"
                    + " hyphens, e.g. 'restore-postgres', at most " + SLUG_MAX + " characters.", "input", "slug");
            return null;
        }
        return slug;
    }

    private static void rtoMinutes(UserErrors errors, Integer value) {
        if (value != null && (value < 1 || value > RTO_MINUTES_MAX)) {
            errors.add(UserErrorCode.INVALID, "The recovery-time objective must be between 1 and " + RTO_MINUTES_MAX
                    + " minutes (got " + value + ").", "input", "rtoMinutes");
        }
    }

    private static void drillIntervalDays(UserErrors errors, Integer value) {
        if (value != null && (value < 1 || value > DRILL_INTERVAL_DAYS_MAX)) {
            errors.add(UserErrorCode.INVALID, "The drill interval must be between 1 and " + DRILL_INTERVAL_DAYS_MAX
                    + " days (got " + value + ").", "input", "drillIntervalDays");
        }
    }

    /** The steps of a new revision, validated; errors name the step by its index in the input list. */
    private static List<StepValues> steps(UserErrors errors, List<RunbookStepInput> input) {
        if (input.isEmpty() || input.size() > STEPS_MAX) {
            errors.add(UserErrorCode.INVALID, "A revision has 1 to " + STEPS_MAX + " steps (got " + input.size() + ").",
                    "input", "steps");
            return null;
        }
        List<StepValues> steps = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            RunbookStepInput step = input.get(i);
            String index = Integer.toString(i);
            String which = "Step " + (i + 1) + ": ";
            String title = stepText(errors, step.title(), true, STEP_TITLE_MAX, which + "the title", index, "title");
            String instructions = stepText(errors, step.instructions(), false, INSTRUCTIONS_MAX, which + "the instructions",
                    index, "instructions");
            String command = stepText(errors, step.command(), false, COMMAND_MAX, which + "the command", index, "command");
            String expected = stepText(errors, step.expectedResult(), false, EXPECTED_RESULT_MAX,
                    which + "the expected result", index, "expectedResult");
            steps.add(new StepValues(title, instructions == null ? "" : instructions, command, expected));
        }
        return steps;
    }

    /** A text of a step: trimmed, blank as null, within its length; the message says which step. */
    private static String stepText(UserErrors errors, String value, boolean required, int max, String what,
            String index, String field) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(UserErrorCode.REQUIRED, what + " is required.", "input", "steps", index, field);
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(UserErrorCode.TOO_LONG, what + " must be at most " + max + " characters (it has " + text.length()
                    + ").", "input", "steps", index, field);
        }
        return text;
    }

    private static String slugTaken(String slug) {
        return "A runbook with slug '" + slug + "' already exists.";
    }
}
