package io.caretaker.bugs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.BugInputs.BugOrder;
import io.caretaker.components.Component;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.Where;
import io.caretaker.security.CurrentUser;
import io.caretaker.users.User;

/**
 * The read side of bugs. Every query goes through {@link #visible()}: a confidential bug is seen only
 * by its reporter, engineers and admins, in lists, counts, lookups and nested fields alike.
 */
@ApplicationScoped
public class BugQueries {

    static final NestedPager.Child<CommentEntity> COMMENTS = new NestedPager.Child<>(CommentEntity.class, "bug_comment",
            "bug_id", c -> c.bugId, c -> c.id);
    static final NestedPager.Ordering<CommentEntity> OLDEST_FIRST = new NestedPager.Ordering<>("created", "created_at",
            CursorType.TIMESTAMP, SortDirection.ASC, c -> c.createdAt);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The condition that hides confidential bugs from those who may not see them. */
    Where visible() {
        Where where = Where.all();
        if (!currentUser.seesAllConfidentialBugs()) {
            where.and("(e.confidential = false or e.reporterId = :viewer)", "viewer", currentUser.id());
        }
        return where;
    }

    boolean canSee(BugEntity bug) {
        return !bug.confidential || currentUser.seesAllConfidentialBugs() || bug.reporterId == currentUser.id();
    }

    public Page<Bug> page(BugFilter filter, BugOrder order, PageRequest request) {
        BugOrder effective = order != null ? order : BugOrder.DEFAULT;
        return KeysetPager.page(em, BugEntity.class, e -> e.id, filtered(filter), effective.field().key,
                effective.directionOrDefault(), request).map(Bug::of);
    }

    public int count(BugFilter filter) {
        return KeysetPager.count(em, BugEntity.class, filtered(filter));
    }

    public Map<Long, Bug> visibleByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, BugEntity.class, e -> e.id, visible(), ids, Bug::of);
    }

    public Optional<Bug> visibleByNumber(long number) {
        Where where = visible().and("e.number = :number", "number", number);
        return KeysetPager.list(em, BugEntity.class, where).stream().findFirst().map(Bug::of);
    }

    /** Labels of each bug, alphabetically; every requested bug is in the map. */
    public Map<Long, List<String>> labels(Collection<Long> bugIds) {
        Map<Long, List<String>> labels = new HashMap<>();
        bugIds.forEach(id -> labels.put(id, new ArrayList<>()));
        if (bugIds.isEmpty()) {
            return labels;
        }
        em.createQuery("""
                select bl.bugId, l.name from BugLabelEntity bl, LabelEntity l
                where l.id = bl.labelId and bl.bugId in :ids order by l.name""", Object[].class)
                .setParameter("ids", bugIds)
                .getResultList()
                .forEach(row -> labels.get((Long) row[0]).add((String) row[1]));
        return labels;
    }

    public Map<Long, Page<Comment>> comments(Collection<Long> bugIds, PageRequest request) {
        Map<Long, Page<Comment>> pages = new HashMap<>();
        NestedPager.pages(em, COMMENTS, OLDEST_FIRST, bugIds, request).forEach((bug, page) -> pages.put(bug, page.map(Comment::of)));
        return pages;
    }

    public Map<Long, Integer> commentCounts(Collection<Long> bugIds) {
        return NestedPager.counts(em, COMMENTS, bugIds);
    }

    /** Comments whose bug the current user can see. */
    public Map<Long, Comment> visibleCommentsByIds(Collection<Long> ids) {
        Map<Long, Comment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<CommentEntity> comments = em.createQuery("from CommentEntity e where e.id in :ids", CommentEntity.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, Bug> bugs = visibleByIds(comments.stream().map(c -> c.bugId).distinct().toList());
        comments.stream().filter(c -> bugs.containsKey(c.bugId)).forEach(c -> found.put(c.id, Comment.of(c)));
        return found;
    }

    private Where filtered(BugFilter filter) {
        Where where = visible();
        if (filter == null) {
            return where;
        }
        where.andIf(filter.status(), "e.status in :status", "status")
                .andIf(filter.severity(), "e.severity in :severity", "severity")
                .andIf(filter.priority(), "e.priority in :priority", "priority")
                .andIf(idFilter(filter.componentId(), Component.TYPE, "componentId"), "e.componentId = :component", "component")
                .andIf(idFilter(filter.assigneeId(), User.TYPE, "assigneeId"), "e.assigneeId = :assignee", "assignee")
                .andIf(idFilter(filter.reporterId(), User.TYPE, "reporterId"), "e.reporterId = :reporter", "reporter")
                .andIf(filter.confidential(), "e.confidential = :confidential", "confidential")
                .andContains("title", filter.query(), "e.title");
        if (filter.assigned() != null) {
            where.and(filter.assigned() ? "e.assigneeId is not null" : "e.assigneeId is null");
        }
        if (filter.label() != null && !filter.label().isBlank()) {
            where.and("e.id in (select bl.bugId from BugLabelEntity bl, LabelEntity l where l.id = bl.labelId"
                    + " and l.name = :label)", "label", filter.label().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return where;
    }

    /** A filter id must be well-formed and of the right type; a well-formed unknown id simply matches nothing. */
    private static Long idFilter(String id, String type, String field) {
        if (id == null) {
            return null;
        }
        return GlobalId.decode(id, type).orElseThrow(
                () -> ApiError.badUserInput("filter." + field + ": '" + id + "' is not the id of a " + type + "."));
    }
}
