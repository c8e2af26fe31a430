package io.caretaker.runbooks.executions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookConnection;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.runbooks.RunbookRevision;
import io.caretaker.runbooks.RunbookStep;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionAbortInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionFinishInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionPayload;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionRecordStepInput;
import io.caretaker.runbooks.executions.ExecutionInputs.RunbookExecutionStartInput;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** Runbook executions and drills: running a runbook step by step, and what is due for a drill. */
@GraphQLApi
public class ExecutionGraphQL {

    @Inject
    ExecutionService executions;

    @Inject
    ExecutionQueries queries;

    @Inject
    RunbookQueries runbooks;

    @Inject
    UserLoader users;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Runbooks due for a drill — past their drill interval since the last successful drill, or never drilled — the longest overdue first. Counted in the metric caretaker_drills_overdue.")
    public @NonNull RunbookConnection drillDue(@Description(PageRequest.FIRST_DOC) Integer first,
            @Description(PageRequest.AFTER_DOC) String after, @Description(PageRequest.LAST_DOC) Integer last,
            @Description(PageRequest.BEFORE_DOC) String before) {
        return new RunbookConnection(queries.drillDue(PageRequest.of(first, after, last, before)), queries::drillDueCount);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Starts an execution of the runbook's current revision, by you. Engineers and admins.")
    public RunbookExecutionPayload runbookExecutionStart(@Id @NonNull @Description("The runbook.") String runbookId,
            @NonNull @Description("Why it is run.") RunbookExecutionStartInput input) {
        return executions.start(runbookId, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Records what happened to a step of a running execution (again to correct it): you, now. Recording on an execution that has ended is an INVALID_TRANSITION user error. Engineers and admins.")
    public RunbookExecutionPayload runbookExecutionRecordStep(@Id @NonNull @Description("The execution.") String id,
            @NonNull @Description("The step and what happened.") RunbookExecutionRecordStepInput input) {
        return executions.recordStep(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Finishes a running execution with its outcome. A successful DRILL resets the runbook's drill interval. Engineers and admins.")
    public RunbookExecutionPayload runbookExecutionFinish(@Id @NonNull @Description("The execution.") String id,
            @NonNull @Description("The outcome.") RunbookExecutionFinishInput input) {
        return executions.finish(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Gives up a running execution without an outcome. Engineers and admins.")
    public RunbookExecutionPayload runbookExecutionAbort(@Id @NonNull @Description("The execution.") String id,
            @NonNull @Description("Why.") RunbookExecutionAbortInput input) {
        return executions.abort(id, input);
    }

    // --- on Runbook -----------------------------------------------------------------------------------

    @Description("Its executions, newest first.")
    public List<@NonNull RunbookExecutionConnection> executions(@Source List<Runbook> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Runbook::dbId).distinct().toList();
        Map<Long, Page<RunbookExecution>> pages = queries.executions(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.executionCounts(ids));
        return list.stream()
                .map(r -> new RunbookExecutionConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId())))
                .toList();
    }

    @Description("Its newest DRILL that finished SUCCEEDED; null when it was never drilled successfully.")
    public List<RunbookExecution> lastSuccessfulDrill(@Source List<Runbook> list) {
        Map<Long, RunbookExecution> found = queries.lastSuccessfulDrills(list.stream().map(Runbook::dbId).distinct().toList());
        return list.stream().map(r -> found.get(r.dbId())).toList();
    }

    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> executionsTotalCount(@Source List<RunbookExecutionConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    // --- on RunbookExecution --------------------------------------------------------------------------

    @Description("The runbook it runs.")
    public List<@NonNull Runbook> runbook(@Source List<RunbookExecution> list) {
        Map<Long, Runbook> found = runbooks.byIds(list.stream().map(RunbookExecution::runbookId).distinct().toList());
        return list.stream().map(e -> found.get(e.runbookId())).toList();
    }

    @Description("The revision it runs: the runbook's current one when it started, whatever was revised since.")
    public List<@NonNull RunbookRevision> revision(@Source List<RunbookExecution> list) {
        Map<Long, RunbookRevision> found = runbooks.revisionsByIds(list.stream().map(RunbookExecution::revisionId).distinct().toList());
        return list.stream().map(e -> found.get(e.revisionId())).toList();
    }

    @Description("Who started it.")
    public List<@NonNull User> startedBy(@Source List<RunbookExecution> list) {
        Map<Long, User> found = users.load(list.stream().map(RunbookExecution::startedById).toList());
        return list.stream().map(e -> found.get(e.startedById())).toList();
    }

    @Description("Who finished or aborted it; null while it runs.")
    public List<User> endedBy(@Source List<RunbookExecution> list) {
        Map<Long, User> found = users.load(list.stream().map(RunbookExecution::endedById).filter(Objects::nonNull).toList());
        return list.stream().map(e -> e.endedById() == null ? null : found.get(e.endedById())).toList();
    }

    @Description("The checklist: every step of the executed revision in order (at most 100), with what was recorded.")
    public List<@NonNull List<@NonNull ExecutionStep>> steps(@Source List<RunbookExecution> list) {
        List<Long> revisionIds = list.stream().map(RunbookExecution::revisionId).distinct().toList();
        Map<Long, Page<RunbookStep>> steps = runbooks.steps(revisionIds, PageRequest.of(PageRequest.MAX_SIZE, null, null, null));
        Map<Long, Map<Long, ExecutionStepRecordEntity>> records = queries.records(list.stream().map(RunbookExecution::dbId).toList());
        List<List<ExecutionStep>> result = new ArrayList<>();
        for (RunbookExecution execution : list) {
            Map<Long, ExecutionStepRecordEntity> recorded = records.getOrDefault(execution.dbId(), Map.of());
            Page<RunbookStep> page = steps.getOrDefault(execution.revisionId(), Page.empty());
            result.add(page.items().stream().map(step -> {
                ExecutionStepRecordEntity r = recorded.get(step.dbId());
                return r == null ? new ExecutionStep(step.position(), ExecutionStepStatus.PENDING, null, null, step.dbId(), null)
                        : new ExecutionStep(step.position(), ExecutionStepStatus.valueOf(r.status.name()), r.note, r.recordedAt,
                                step.dbId(), r.recordedById);
            }).toList());
        }
        return result;
    }

    // --- on ExecutionStep -----------------------------------------------------------------------------

    @Description("The step of the executed revision.")
    public List<@NonNull RunbookStep> step(@Source List<ExecutionStep> list) {
        Map<Long, RunbookStep> found = runbooks.stepsByIds(list.stream().map(ExecutionStep::stepId).distinct().toList());
        return list.stream().map(s -> found.get(s.stepId())).toList();
    }

    @Description("Who recorded it last; null while pending.")
    public List<User> recordedBy(@Source List<ExecutionStep> list) {
        Map<Long, User> found = users.load(list.stream().map(ExecutionStep::recordedById).filter(Objects::nonNull).toList());
        return list.stream().map(s -> s.recordedById() == null ? null : found.get(s.recordedById())).toList();
    }

    @Produces
    @ApplicationScoped
    NodeResolver executionNodes(ExecutionQueries queries) {
        return NodeResolver.of(RunbookExecution.TYPE, queries::byIds);
    }
}
