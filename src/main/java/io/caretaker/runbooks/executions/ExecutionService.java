package io.caretaker.runbooks.executions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookEntity;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionAbortInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionFinishInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionPayload;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionRecordStepInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionStartInput;
import io.caretaker.security.CurrentUser;

/**
 * The write side of executions. An execution runs the revision that was current when it started; its
 * steps are recorded while it runs (again to correct one), and it ends once, finished with an outcome or
 * aborted. Every mutation locks the execution, so that people recording steps side by side never lose one.
 */
@ApplicationScoped
public class ExecutionService {

    static final int NOTE_MAX = 2_000;

    private static final Logger LOG = Logger.getLogger(ExecutionService.class);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public RunbookExecutionPayload start(String runbookId, RunbookExecutionStartInput input) {
        long dbId = GlobalId.decode(runbookId, Runbook.TYPE).orElseThrow(() -> ApiError.nodeNotFound(runbookId));
        // a shared lock: a revision made at this moment waits, so the pinned revision is the current one
        RunbookEntity runbook = em.find(RunbookEntity.class, dbId, LockModeType.PESSIMISTIC_READ);
        if (runbook == null) {
            throw ApiError.nodeNotFound(runbookId);
        }
        if (input.kind() == null) {
            return new RunbookExecutionPayload(null, UserErrors.single(UserErrorCode.REQUIRED, "Kind is required.",
                    "input", "kind"));
        }
        RunbookExecutionEntity execution = new RunbookExecutionEntity();
        execution.runbookId = runbook.id;
        execution.revisionId = currentRevisionId(runbook);
        execution.kind = input.kind();
        execution.status = ExecutionStatus.RUNNING;
        execution.rtoMinutes = runbook.rtoMinutes;
        execution.startedById = currentUser.id();
        execution.startedAt = Timestamps.now();
        em.persist(execution);
        em.flush();
        LOG.infof("Execution %d of runbook '%s' revision %d started (%s)", execution.id, runbook.slug,
                runbook.currentRevision, execution.kind);
        return new RunbookExecutionPayload(RunbookExecution.of(execution), List.of());
    }

    @Transactional
    public RunbookExecutionPayload recordStep(String id, RunbookExecutionRecordStepInput input) {
        RunbookExecutionEntity execution = lock(id);
        UserErrors errors = new UserErrors();
        requireRunning(errors, execution, "Steps can be recorded only while it runs");
        List<Long> steps = stepIds(execution.revisionId);
        if (input.step() < 1 || input.step() > steps.size()) {
            errors.add(UserErrorCode.INVALID, "Step must be between 1 and " + steps.size() + " (the steps of revision "
                    + "executed); it is " + input.step() + ".", "input", "step");
        }
        if (input.status() == null) {
            errors.add(UserErrorCode.REQUIRED, "Status is required.", "input", "status");
        }
        String note = errors.optional(input.note(), NOTE_MAX, "input", "note");
        if (errors.any()) {
            return new RunbookExecutionPayload(null, errors.list());
        }
        long stepId = steps.get(input.step() - 1);
        ExecutionStepRecordEntity record = em.createQuery(
                "from ExecutionStepRecordEntity r where r.executionId = :e and r.stepId = :s", ExecutionStepRecordEntity.class)
                .setParameter("e", execution.id).setParameter("s", stepId)
                .getResultStream().findFirst().orElseGet(ExecutionStepRecordEntity::new);
        record.executionId = execution.id;
        record.stepId = stepId;
        record.status = input.status();
        record.note = note;
        record.recordedById = currentUser.id();
        record.recordedAt = Timestamps.now();
        if (record.id == null) {
            em.persist(record);
        }
        em.flush();
        return new RunbookExecutionPayload(RunbookExecution.of(execution), List.of());
    }

    @Transactional
    public RunbookExecutionPayload finish(String id, RunbookExecutionFinishInput input) {
        RunbookExecutionEntity execution = lock(id);
        UserErrors errors = new UserErrors();
        requireRunning(errors, execution, "It can be finished only while it runs");
        if (input.outcome() == null) {
            errors.add(UserErrorCode.REQUIRED, "Outcome is required.", "input", "outcome");
        }
        String note = errors.optional(input.note(), NOTE_MAX, "input", "note");
        if (!errors.any() && input.outcome() == ExecutionOutcome.SUCCEEDED) {
            checkEveryStepPassed(errors, execution);
        }
        if (errors.any()) {
            return new RunbookExecutionPayload(null, errors.list());
        }
        end(execution, ExecutionStatus.FINISHED, input.outcome(), note);
        return new RunbookExecutionPayload(RunbookExecution.of(execution), List.of());
    }

    @Transactional
    public RunbookExecutionPayload abort(String id, RunbookExecutionAbortInput input) {
        RunbookExecutionEntity execution = lock(id);
        UserErrors errors = new UserErrors();
        requireRunning(errors, execution, "Only a running execution can be aborted");
        String reason = errors.required(input.reason(), NOTE_MAX, "input", "reason");
        if (errors.any()) {
            return new RunbookExecutionPayload(null, errors.list());
        }
        end(execution, ExecutionStatus.ABORTED, null, reason);
        return new RunbookExecutionPayload(RunbookExecution.of(execution), List.of());
    }

    private void end(RunbookExecutionEntity execution, ExecutionStatus status, ExecutionOutcome outcome, String note) {
        OffsetDateTime now = Timestamps.now();
        execution.status = status;
        execution.outcome = outcome;
        execution.note = note;
        execution.endedById = currentUser.id();
        execution.endedAt = now;
        em.flush(); // a successful drill moves the runbook's drill due date (a database trigger)
        LOG.infof("Execution %d of runbook %d %s%s after %d s", execution.id, execution.runbookId, status,
                outcome == null ? "" : " " + outcome, RunbookExecution.of(execution).getDurationSeconds());
    }

    private static void requireRunning(UserErrors errors, RunbookExecutionEntity execution, String why) {
        if (execution.status != ExecutionStatus.RUNNING) {
            errors.add(UserErrorCode.INVALID_TRANSITION, "The execution is " + execution.status + ". " + why + ".", "id");
        }
    }

    /** SUCCEEDED claims the procedure worked: every step recorded, none FAILED. */
    private void checkEveryStepPassed(UserErrors errors, RunbookExecutionEntity execution) {
        List<Long> steps = stepIds(execution.revisionId);
        Map<Long, RecordedStepStatus> recorded = new java.util.HashMap<>();
        em.createQuery("from ExecutionStepRecordEntity r where r.executionId = :e", ExecutionStepRecordEntity.class)
                .setParameter("e", execution.id).getResultList().forEach(r -> recorded.put(r.stepId, r.status));
        List<Integer> pending = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            RecordedStepStatus status = recorded.get(steps.get(i));
            if (status == null) {
                pending.add(i + 1);
            } else if (status == RecordedStepStatus.FAILED) {
                failed.add(i + 1);
            }
        }
        if (!pending.isEmpty()) {
            errors.add(UserErrorCode.INVALID, "Steps " + pending + " are not recorded: record them (DONE or SKIPPED), or"
                    + " finish with outcome FAILED.", "input", "outcome");
        }
        if (!failed.isEmpty()) {
            errors.add(UserErrorCode.INVALID, "Steps " + failed + " FAILED: an execution with failed steps finishes"
                    + " with outcome FAILED.", "input", "outcome");
        }
    }

    private RunbookExecutionEntity lock(String id) {
        long dbId = GlobalId.decode(id, RunbookExecution.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        RunbookExecutionEntity execution = em.find(RunbookExecutionEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (execution == null) {
            throw ApiError.nodeNotFound(id);
        }
        return execution;
    }

    private long currentRevisionId(RunbookEntity runbook) {
        return em.createQuery("select r.id from RunbookRevisionEntity r where r.runbookId = :id and r.number = :n", Long.class)
                .setParameter("id", runbook.id).setParameter("n", runbook.currentRevision).getSingleResult();
    }

    /** The step ids of a revision, in order. */
    private List<Long> stepIds(long revisionId) {
        return em.createQuery("select s.id from RunbookStepEntity s where s.revisionId = :r order by s.position", Long.class)
                .setParameter("r", revisionId).getResultList();
    }
}
