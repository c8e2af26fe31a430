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
import io.caretaker.graphql.SortKey;
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

    static final NestedPager.Child<BugActivityEntity> ACTIVITY = new NestedPager.Child<>(BugActivityEntity.class,
            "bug_activity", "bug_id", a -> a.bugId, a -> a.id);
    static final NestedPager.Ordering<BugActivityEntity> ACTIVITY_OLDEST_FIRST = new NestedPager.Ordering<>("created",
            "created_at", CursorType.TIMESTAMP, SortDirection.ASC, a -> a.createdAt);
    static final NestedPager.Child<BugWatcherEntity> WATCHERS = new NestedPager.Child<>(BugWatcherEntity.class,
            "bug_watcher", "bug_id", w -> w.bugId, w -> w.id);
    static final NestedPager.Ordering<BugWatcherEntity> WATCHING_SINCE = new NestedPager.Ordering<>("since",
            "created_at", CursorType.TIMESTAMP, SortDirection.ASC, w -> w.createdAt);
    static final NestedPager.Child<BugEntity> DUPLICATES = new NestedPager.Child<>(BugEntity.class, "bug",
            "duplicate_of_id", b -> b.duplicateOfId, b -> b.id);
    static final NestedPager.Ordering<BugEntity> OLDEST_DUPLICATE_FIRST = new NestedPager.Ordering<>("created",
            "created_at", CursorType.TIMESTAMP, SortDirection.ASC, b -> b.createdAt);
    /** The triage inbox: most severe first, then oldest. */
    static final SortKey INBOX = new SortKey("inbox", List.of(new SortKey.Column("e.severityRank", CursorType.INT),
            new SortKey.Column("e.createdAt", CursorType.TIMESTAMP)));
    static final int SIMILAR_MAX = 20;
    static final int SIMILAR_TEXT_MAX = 500;

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

    /** The same visibility rule in SQL over a bug table aliased {@code t}, for nested lists of bugs. */
    public NestedPager.SqlCondition visibleSql(String alias) {
        if (currentUser.seesAllConfidentialBugs()) {
            return NestedPager.SqlCondition.NONE;
        }
        return new NestedPager.SqlCondition("(" + alias + ".confidential = false or " + alias + ".reporter_id = :viewer)",
                Map.of("viewer", currentUser.id()));
    }

    public Page<Bug> triageInbox(PageRequest request) {
        return KeysetPager.page(em, BugEntity.class, e -> e.id, inbox(), INBOX, SortDirection.ASC, request).map(Bug::of);
    }

    public int triageInboxCount() {
        return KeysetPager.count(em, BugEntity.class, inbox());
    }

    private Where inbox() {
        return visible().and("e.status in :untriaged", "untriaged", BugWorkflow.UNTRIAGED);
    }

    /**
     * Bugs whose titles resemble a text, best first (pg_trgm: similarity of the whole titles, or of the text
     * to a part of a title, whichever is higher), among the bugs the caller may see.
     */
    public List<BugWorkflowInputs.SimilarBug> similar(String text, int limit, Long excludedBugId) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (cleaned.length() > SIMILAR_TEXT_MAX) {
            cleaned = cleaned.substring(0, SIMILAR_TEXT_MAX);
        }
        NestedPager.SqlCondition visible = visibleSql("t");
        jakarta.persistence.Query query = em.createNativeQuery("""
                select t.id, greatest(similarity(t.title, :text), word_similarity(:text, t.title)) as score
                from bug t
                where (t.title % :text or :text <% t.title) and t.id <> :excluded""" + (visible.sql() == null ? "" : " and " + visible.sql())
                + " order by score desc, t.id limit :limit")
                .setParameter("text", cleaned)
                .setParameter("excluded", excludedBugId == null ? -1L : excludedBugId)
                .setParameter("limit", Math.min(limit, SIMILAR_MAX));
        visible.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Bug> bugs = visibleByIds(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<BugWorkflowInputs.SimilarBug> similar = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Bug bug = bugs.get(((Number) row[0]).longValue());
            if (bug != null) {
                similar.add(new BugWorkflowInputs.SimilarBug(bug, Math.round(((Number) row[1]).doubleValue() * 1000) / 1000.0));
            }
        }
        return similar;
    }

    /** For each bug, the bugs most like it, in two statements for the whole batch (a lateral join). */
    public Map<Long, List<BugWorkflowInputs.SimilarBug>> similarTo(Collection<Long> bugIds, int limit) {
        Map<Long, List<BugWorkflowInputs.SimilarBug>> result = new HashMap<>();
        bugIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (bugIds.isEmpty() || limit <= 0) {
            return result;
        }
        NestedPager.SqlCondition visible = visibleSql("t");
        jakarta.persistence.Query query = em.createNativeQuery("""
                select s.id, c.id, c.score from bug s cross join lateral (
                  select t.id, greatest(similarity(t.title, s.title), word_similarity(s.title, t.title)) as score
                  from bug t
                  where (t.title % s.title or s.title <% t.title) and t.id <> s.id""" + (visible.sql() == null ? "" : " and " + visible.sql())
                + " order by score desc, t.id limit :limit) c where s.id in (:ids) order by s.id, c.score desc, c.id")
                .setParameter("ids", bugIds)
                .setParameter("limit", Math.min(limit, SIMILAR_MAX));
        visible.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Bug> bugs = visibleByIds(rows.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList());
        for (Object[] row : rows) {
            Bug bug = bugs.get(((Number) row[1]).longValue());
            if (bug != null) {
                result.get(((Number) row[0]).longValue())
                        .add(new BugWorkflowInputs.SimilarBug(bug, Math.round(((Number) row[2]).doubleValue() * 1000) / 1000.0));
            }
        }
        return result;
    }

    public Map<Long, Page<BugActivityItem>> activity(Collection<Long> bugIds, PageRequest request) {
        Map<Long, Page<BugActivityItem>> pages = new HashMap<>();
        NestedPager.pages(em, ACTIVITY, ACTIVITY_OLDEST_FIRST, bugIds, request)
                .forEach((bug, page) -> pages.put(bug, page.map(BugActivityItem::of)));
        return pages;
    }

    public Map<Long, Integer> activityCounts(Collection<Long> bugIds) {
        return NestedPager.counts(em, ACTIVITY, bugIds);
    }

    public Map<Long, Page<BugWatcherEntity>> watchers(Collection<Long> bugIds, PageRequest request) {
        return NestedPager.pages(em, WATCHERS, WATCHING_SINCE, bugIds, request);
    }

    public Map<Long, Integer> watcherCounts(Collection<Long> bugIds) {
        return NestedPager.counts(em, WATCHERS, bugIds);
    }

    /** Which of these bugs a user watches. */
    public java.util.Set<Long> watchedBy(long userId, Collection<Long> bugIds) {
        if (bugIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery(
                "select w.bugId from BugWatcherEntity w where w.userId = :user and w.bugId in :bugs", Long.class)
                .setParameter("user", userId).setParameter("bugs", bugIds).getResultList());
    }

    /** The visible bugs marked as duplicates of each bug, oldest first. */
    public Map<Long, Page<Bug>> duplicates(Collection<Long> bugIds, PageRequest request) {
        Map<Long, Page<Bug>> pages = new HashMap<>();
        NestedPager.pages(em, DUPLICATES, OLDEST_DUPLICATE_FIRST, bugIds, request, visibleSql("t"))
                .forEach((bug, page) -> pages.put(bug, page.map(Bug::of)));
        return pages;
    }

    public Map<Long, Integer> duplicateCounts(Collection<Long> bugIds) {
        return NestedPager.counts(em, DUPLICATES, bugIds, visibleSql("t"));
    }

    static final NestedPager.Child<BugEntity> FIXED_IN = new NestedPager.Child<>(BugEntity.class, "bug",
            "fixed_in_release_id", b -> b.fixedInReleaseId, b -> b.id);
    static final NestedPager.Ordering<BugEntity> BY_NUMBER = new NestedPager.Ordering<>("number", "number",
            CursorType.LONG, SortDirection.ASC, b -> b.number);

    private NestedPager.SqlCondition fixed() {
        NestedPager.SqlCondition visible = visibleSql("t");
        return new NestedPager.SqlCondition("t.resolution = 'FIXED'" + (visible.sql() == null ? "" : " and " + visible.sql()),
                visible.parameters());
    }

    /** The visible bugs fixed in each release, by key. */
    public Map<Long, Page<Bug>> fixedIn(Collection<Long> releaseIds, PageRequest request) {
        Map<Long, Page<Bug>> pages = new HashMap<>();
        NestedPager.pages(em, FIXED_IN, BY_NUMBER, releaseIds, request, fixed())
                .forEach((release, page) -> pages.put(release, page.map(Bug::of)));
        return pages;
    }

    public Map<Long, Integer> fixedInCounts(Collection<Long> releaseIds) {
        return NestedPager.counts(em, FIXED_IN, releaseIds, fixed());
    }

    /** A fixed bug as a changelog lists it. */
    public record ChangelogEntry(long releaseId, String key, String title, int severityRank, String component,
            boolean confidential) {
    }

    /** The bugs fixed in each release, confidential ones included (flagged): the changelog decides what to show. */
    public Map<Long, List<ChangelogEntry>> changelogEntries(Collection<Long> releaseIds) {
        Map<Long, List<ChangelogEntry>> entries = new HashMap<>();
        releaseIds.forEach(id -> entries.put(id, new ArrayList<>()));
        if (releaseIds.isEmpty()) {
            return entries;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select b.fixed_in_release_id, b.number, b.title, b.severity_rank, c.name, b.confidential
                from bug b left join component c on c.id = b.component_id
                where b.fixed_in_release_id in (:releases) and b.resolution = 'FIXED'
                order by b.fixed_in_release_id, b.severity_rank, b.number""")
                .setParameter("releases", releaseIds).getResultList();
        for (Object[] row : rows) {
            long release = ((Number) row[0]).longValue();
            entries.get(release).add(new ChangelogEntry(release, "BUG-" + ((Number) row[1]).longValue(), (String) row[2],
                    ((Number) row[3]).intValue(), (String) row[4], (Boolean) row[5]));
        }
        return entries;
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
