package io.caretaker.runbooks.executions;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.Where;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookEntity;

/** The read side of executions; visible to everyone who may read runbooks. */
@ApplicationScoped
public class ExecutionQueries {

    static final NestedPager.Child<RunbookExecutionEntity> EXECUTIONS = new NestedPager.Child<>(
            RunbookExecutionEntity.class, "runbook_execution", "runbook_id", e -> e.runbookId, e -> e.id);
    static final NestedPager.Ordering<RunbookExecutionEntity> NEWEST_FIRST = new NestedPager.Ordering<>("started",
            "started_at", CursorType.TIMESTAMP, SortDirection.DESC, e -> e.startedAt);
    /** drillDue: the longest overdue first. */
    static final SortKey DUE_FIRST = new SortKey("due", "e.drillDueAt", CursorType.TIMESTAMP);

    @Inject
    EntityManager em;

    public Map<Long, RunbookExecution> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, RunbookExecutionEntity.class, e -> e.id, Where.all(), ids, RunbookExecution::of);
    }

    /** The executions of each runbook, newest first. */
    public Map<Long, Page<RunbookExecution>> executions(Collection<Long> runbookIds, PageRequest request) {
        Map<Long, Page<RunbookExecution>> pages = new HashMap<>();
        NestedPager.pages(em, EXECUTIONS, NEWEST_FIRST, runbookIds, request)
                .forEach((runbook, page) -> pages.put(runbook, page.map(RunbookExecution::of)));
        return pages;
    }

    public Map<Long, Integer> executionCounts(Collection<Long> runbookIds) {
        return NestedPager.counts(em, EXECUTIONS, runbookIds);
    }

    /** The newest successful drill of each runbook that has one, in one statement. */
    public Map<Long, RunbookExecution> lastSuccessfulDrills(Collection<Long> runbookIds) {
        Map<Long, RunbookExecution> found = new HashMap<>();
        if (runbookIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<RunbookExecutionEntity> rows = em.createNativeQuery("""
                select distinct on (runbook_id) * from runbook_execution
                where runbook_id in (:ids) and kind = 'DRILL' and outcome = 'SUCCEEDED'
                order by runbook_id, ended_at desc, id desc""", RunbookExecutionEntity.class)
                .setParameter("ids", runbookIds).getResultList();
        rows.forEach(e -> found.put(e.runbookId, RunbookExecution.of(e)));
        return found;
    }

    /** The records of these executions, by execution and step. */
    public Map<Long, Map<Long, ExecutionStepRecordEntity>> records(Collection<Long> executionIds) {
        Map<Long, Map<Long, ExecutionStepRecordEntity>> found = new HashMap<>();
        if (executionIds.isEmpty()) {
            return found;
        }
        em.createQuery("from ExecutionStepRecordEntity r where r.executionId in :ids", ExecutionStepRecordEntity.class)
                .setParameter("ids", executionIds).getResultList()
                .forEach(r -> found.computeIfAbsent(r.executionId, x -> new HashMap<>()).put(r.stepId, r));
        return found;
    }

    /** Runbooks whose drill is due: past their interval since the last successful drill, or never drilled. */
    public Page<Runbook> drillDue(PageRequest request) {
        return KeysetPager.page(em, RunbookEntity.class, e -> e.id, dueBy(), DUE_FIRST, SortDirection.ASC, request)
                .map(Runbook::of);
    }

    public int drillDueCount() {
        return KeysetPager.count(em, RunbookEntity.class, dueBy());
    }

    private static Where dueBy() {
        OffsetDateTime now = io.caretaker.db.Timestamps.now();
        return Where.all().and("e.drillDueAt <= :now", "now", now);
    }
}
