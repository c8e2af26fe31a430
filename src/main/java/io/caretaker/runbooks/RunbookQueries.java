package io.caretaker.runbooks;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.Where;
import io.caretaker.runbooks.RunbookInputs.RunbookFilter;
import io.caretaker.runbooks.RunbookInputs.RunbookOrder;
import io.caretaker.users.User;

/** The read side of runbooks. Runbooks are visible to everyone signed in. */
@ApplicationScoped
public class RunbookQueries {

    static final NestedPager.Child<RunbookRevisionEntity> REVISIONS = new NestedPager.Child<>(RunbookRevisionEntity.class,
            "runbook_revision", "runbook_id", r -> r.runbookId, r -> r.id);
    static final NestedPager.Ordering<RunbookRevisionEntity> NEWEST_FIRST = new NestedPager.Ordering<>("number", "number",
            CursorType.INT, SortDirection.DESC, r -> r.number);

    static final NestedPager.Child<RunbookStepEntity> STEPS = new NestedPager.Child<>(RunbookStepEntity.class,
            "runbook_step", "revision_id", s -> s.revisionId, s -> s.id);
    static final NestedPager.Ordering<RunbookStepEntity> IN_ORDER = new NestedPager.Ordering<>("position", "position",
            CursorType.INT, SortDirection.ASC, s -> s.position);

    /** A revision named by its runbook and number, as a {@link Runbook} names its current one. */
    record RevisionKey(long runbookId, int number) {
    }

    @Inject
    EntityManager em;

    public Optional<Runbook> bySlug(String slug) {
        return em.createQuery("from RunbookEntity e where e.slug = :slug", RunbookEntity.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(Runbook::of);
    }

    public Map<Long, Runbook> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, RunbookEntity.class, e -> e.id, Where.all(), ids, Runbook::of);
    }

    public Page<Runbook> page(RunbookFilter filter, RunbookOrder order, PageRequest request) {
        RunbookOrder effective = order != null ? order : RunbookOrder.DEFAULT;
        return KeysetPager.page(em, RunbookEntity.class, e -> e.id, filtered(filter), effective.field().key,
                effective.directionOrDefault(), request).map(Runbook::of);
    }

    public int count(RunbookFilter filter) {
        return KeysetPager.count(em, RunbookEntity.class, filtered(filter));
    }

    public Map<Long, RunbookRevision> revisionsByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, RunbookRevisionEntity.class, e -> e.id, Where.all(), ids, RunbookRevision::of);
    }

    public Map<Long, RunbookStep> stepsByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, RunbookStepEntity.class, e -> e.id, Where.all(), ids, RunbookStep::of);
    }

    /**
     * The revisions of these keys, in one statement. Runbooks are looked up by the revision number they
     * were read with, not by what is current now, so that a runbook and its current revision and steps
     * always agree within a response even while someone revises it.
     */
    public Map<RevisionKey, RunbookRevision> revisionsByKeys(Collection<RevisionKey> keys) {
        Map<RevisionKey, RunbookRevision> found = new HashMap<>();
        Set<RevisionKey> distinct = new LinkedHashSet<>(keys);
        if (distinct.isEmpty()) {
            return found;
        }
        StringBuilder sql = new StringBuilder("select * from runbook_revision where (runbook_id, number) in (");
        int i = 0;
        for (RevisionKey ignored : distinct) {
            sql.append(i == 0 ? "" : ", ").append("(:r").append(i).append(", :n").append(i).append(')');
            i++;
        }
        Query query = em.createNativeQuery(sql.append(')').toString(), RunbookRevisionEntity.class);
        i = 0;
        for (RevisionKey key : distinct) {
            query.setParameter("r" + i, key.runbookId()).setParameter("n" + i, key.number());
            i++;
        }
        @SuppressWarnings("unchecked")
        List<RunbookRevisionEntity> rows = query.getResultList();
        rows.forEach(e -> found.put(new RevisionKey(e.runbookId, e.number), RunbookRevision.of(e)));
        return found;
    }

    /** The revisions of each runbook, newest first. */
    public Map<Long, Page<RunbookRevision>> revisions(Collection<Long> runbookIds, PageRequest request) {
        Map<Long, Page<RunbookRevision>> pages = new HashMap<>();
        NestedPager.pages(em, REVISIONS, NEWEST_FIRST, runbookIds, request)
                .forEach((runbook, page) -> pages.put(runbook, page.map(RunbookRevision::of)));
        return pages;
    }

    public Map<Long, Integer> revisionCounts(Collection<Long> runbookIds) {
        return NestedPager.counts(em, REVISIONS, runbookIds);
    }

    /** The steps of each revision, in order. */
    public Map<Long, Page<RunbookStep>> steps(Collection<Long> revisionIds, PageRequest request) {
        Map<Long, Page<RunbookStep>> pages = new HashMap<>();
        NestedPager.pages(em, STEPS, IN_ORDER, revisionIds, request)
                .forEach((revision, page) -> pages.put(revision, page.map(RunbookStep::of)));
        return pages;
    }

    public Map<Long, Integer> stepCounts(Collection<Long> revisionIds) {
        return NestedPager.counts(em, STEPS, revisionIds);
    }

    private static Where filtered(RunbookFilter filter) {
        Where where = Where.all();
        if (filter == null) {
            return where;
        }
        return where.andIf(filter.category(), "e.category in :category", "category")
                .andIf(ownerFilter(filter.ownerId()), "e.ownerId = :owner", "owner")
                .andContains("q", filter.query(), "e.title", "e.slug");
    }

    /** A filter id must be well-formed and name a user; a well-formed unknown id simply matches nothing. */
    private static Long ownerFilter(String id) {
        if (id == null) {
            return null;
        }
        return GlobalId.decode(id, User.TYPE).orElseThrow(
                () -> ApiError.badUserInput("filter.ownerId: '" + id + "' is not the id of a " + User.TYPE + "."));
    }
}
