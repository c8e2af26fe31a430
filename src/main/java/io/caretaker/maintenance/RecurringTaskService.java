package io.caretaker.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskCreateInput;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskPayload;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskUpdateInput;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.users.User;
import io.caretaker.users.UserService;

/** Creating and changing recurring tasks; every cadence is validated before anything is written. */
@ApplicationScoped
public class RecurringTaskService {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 20_000;
    static final int CRON_MAX = 100;
    static final String DEFAULT_ZONE = "UTC";

    @Inject
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    RunbookQueries runbooks;

    @Transactional
    public RecurringTaskPayload create(RecurringTaskCreateInput input) {
        UserErrors errors = new UserErrors();
        String title = errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = errors.optional(input.description(), DESCRIPTION_MAX, "input", "description");
        String zone = input.timeZone() == null ? DEFAULT_ZONE : input.timeZone().strip();
        String cron = cadence(errors, input.cron(), zone);
        Long ownerId = errors.reference(input.ownerId(), User.TYPE, users::exists, "input", "ownerId");
        Long runbookId = errors.reference(input.runbookId(), Runbook.TYPE, this::runbookExists, "input", "runbookId");
        if (errors.any()) {
            return new RecurringTaskPayload(null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        RecurringTaskEntity task = new RecurringTaskEntity();
        task.title = title;
        task.description = description == null ? "" : description;
        task.cron = cron;
        task.timeZone = zone;
        task.ownerId = ownerId;
        task.runbookId = runbookId;
        task.scheduledUntil = now; // the first occurrence is the first due time after now
        task.createdAt = now;
        task.updatedAt = now;
        em.persist(task);
        em.flush();
        return new RecurringTaskPayload(RecurringTask.of(task), List.of());
    }

    @Transactional
    public RecurringTaskPayload update(String id, RecurringTaskUpdateInput input) {
        long dbId = GlobalId.decode(id, RecurringTask.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        RecurringTaskEntity task = em.find(RecurringTaskEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ApiError.nodeNotFound(id);
        }
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), task.version, "recurring task");
        String title = input.title() == null ? null : errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = input.description() == null ? null
                : Objects.requireNonNullElse(errors.optional(input.description(), DESCRIPTION_MAX, "input", "description"), "");
        String zone = input.timeZone() == null ? task.timeZone : input.timeZone().strip();
        String cron = input.cron() == null && input.timeZone() == null ? task.cron
                : cadence(errors, input.cron() == null ? task.cron : input.cron(), zone);
        Long ownerId = errors.reference(input.ownerId(), User.TYPE, users::exists, "input", "ownerId");
        Long runbookId = errors.reference(input.runbookId(), Runbook.TYPE, this::runbookExists, "input", "runbookId");
        if (errors.any()) {
            return new RecurringTaskPayload(null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        if (title != null) {
            task.title = title;
        }
        if (description != null) {
            task.description = description;
        }
        boolean cadenceChanged = !cron.equals(task.cron) || !zone.equals(task.timeZone);
        task.cron = cron;
        task.timeZone = zone;
        if (ownerId != null) {
            task.ownerId = ownerId;
        }
        if (runbookId != null) {
            task.runbookId = runbookId;
        }
        boolean resumed = Boolean.TRUE.equals(input.active()) && !task.active;
        if (input.active() != null) {
            task.active = input.active();
        }
        if (cadenceChanged || resumed) {
            // a new cadence, or a resumed task, counts from now: no burst of the times it was paused or different
            task.scheduledUntil = now;
        }
        task.updatedAt = now;
        em.flush();
        return new RecurringTaskPayload(RecurringTask.of(task), List.of());
    }

    /** The cleaned expression if it and the zone make a cadence; a user error naming the fault otherwise. */
    private static String cadence(UserErrors errors, String cron, String zone) {
        String cleaned = errors.required(cron, CRON_MAX, "input", "cron");
        if (cleaned == null) {
            return null;
        }
        try {
            Cadence.parse(cleaned, zone);
        } catch (IllegalArgumentException e) {
            boolean zoneFault = e.getMessage().contains("time zone");
            errors.add(UserErrorCode.INVALID, e.getMessage(), "input", zoneFault ? "timeZone" : "cron");
            return null;
        }
        return cleaned.replaceAll("\\s+", " ");
    }

    private boolean runbookExists(long id) {
        return runbooks.byIds(List.of(id)).containsKey(id);
    }
}
