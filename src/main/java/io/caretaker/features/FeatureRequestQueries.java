package io.caretaker.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.features.FeatureRequestInputs.FeatureRequestFilter;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestOrder;
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

/** The read side of feature requests. Every signed-in user sees every feature request. */
@ApplicationScoped
public class FeatureRequestQueries {

    static final NestedPager.Child<FeatureVoteEntity> VOTES = new NestedPager.Child<>(FeatureVoteEntity.class,
            "feature_vote", "feature_request_id", v -> v.featureRequestId, v -> v.id);
    static final NestedPager.Ordering<FeatureVoteEntity> NEWEST_FIRST = new NestedPager.Ordering<>("created", "created_at",
            CursorType.TIMESTAMP, SortDirection.DESC, v -> v.createdAt);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Page<FeatureRequest> page(FeatureRequestFilter filter, FeatureRequestOrder order, PageRequest request) {
        FeatureRequestOrder effective = order != null ? order : FeatureRequestOrder.DEFAULT;
        return KeysetPager.page(em, FeatureRequestEntity.class, e -> e.id, filtered(filter), effective.field().key,
                effective.directionOrDefault(), request).map(FeatureRequest::of);
    }

    public int count(FeatureRequestFilter filter) {
        return KeysetPager.count(em, FeatureRequestEntity.class, filtered(filter));
    }

    static final NestedPager.Child<FeatureRequestEntity> MERGED = new NestedPager.Child<>(FeatureRequestEntity.class,
            "feature_request", "merged_into_id", f -> f.mergedIntoId, f -> f.id);
    static final NestedPager.Ordering<FeatureRequestEntity> OLDEST_FIRST = new NestedPager.Ordering<>("created",
            "created_at", CursorType.TIMESTAMP, SortDirection.ASC, f -> f.createdAt);
    static final NestedPager.Child<FeatureRequestEntity> TARGETING = new NestedPager.Child<>(FeatureRequestEntity.class,
            "feature_request", "target_release_id", f -> f.targetReleaseId, f -> f.id);
    static final NestedPager.Ordering<FeatureRequestEntity> BY_TITLE = new NestedPager.Ordering<>("title", "title",
            CursorType.STRING, SortDirection.ASC, f -> f.title);
    static final NestedPager.SqlCondition SHIPPED = new NestedPager.SqlCondition("t.status = 'SHIPPED'", Map.of());

    /** The requests merged into each request, oldest first. */
    public Map<Long, Page<FeatureRequest>> mergedInto(Collection<Long> ids, PageRequest request) {
        Map<Long, Page<FeatureRequest>> pages = new HashMap<>();
        NestedPager.pages(em, MERGED, OLDEST_FIRST, ids, request).forEach((id, page) -> pages.put(id, page.map(FeatureRequest::of)));
        return pages;
    }

    public Map<Long, Integer> mergedIntoCounts(Collection<Long> ids) {
        return NestedPager.counts(em, MERGED, ids);
    }

    /** The SHIPPED requests that target each release, by title. */
    public Map<Long, Page<FeatureRequest>> shippedIn(Collection<Long> releaseIds, PageRequest request) {
        Map<Long, Page<FeatureRequest>> pages = new HashMap<>();
        NestedPager.pages(em, TARGETING, BY_TITLE, releaseIds, request, SHIPPED)
                .forEach((id, page) -> pages.put(id, page.map(FeatureRequest::of)));
        return pages;
    }

    public Map<Long, Integer> shippedInCounts(Collection<Long> releaseIds) {
        return NestedPager.counts(em, TARGETING, releaseIds, SHIPPED);
    }

    /** The titles of the SHIPPED requests of each release, by title: for changelogs. */
    public Map<Long, List<String>> shippedTitles(Collection<Long> releaseIds) {
        Map<Long, List<String>> titles = new HashMap<>();
        releaseIds.forEach(id -> titles.put(id, new ArrayList<>()));
        if (releaseIds.isEmpty()) {
            return titles;
        }
        em.createQuery("""
                select f.targetReleaseId, f.title from FeatureRequestEntity f
                where f.targetReleaseId in :releases and f.status = :shipped order by f.title, f.id""", Object[].class)
                .setParameter("releases", releaseIds).setParameter("shipped", FeatureStatus.SHIPPED)
                .getResultList().forEach(row -> titles.get((Long) row[0]).add((String) row[1]));
        return titles;
    }

    public Map<Long, FeatureRequest> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, FeatureRequestEntity.class, e -> e.id, Where.all(), ids, FeatureRequest::of);
    }

    public Map<Long, Page<FeatureVote>> votes(Collection<Long> featureRequestIds, PageRequest request) {
        Map<Long, Page<FeatureVote>> pages = new HashMap<>();
        NestedPager.pages(em, VOTES, NEWEST_FIRST, featureRequestIds, request)
                .forEach((feature, page) -> pages.put(feature, page.map(FeatureVote::of)));
        return pages;
    }

    public Map<Long, Integer> voteCounts(Collection<Long> featureRequestIds) {
        return NestedPager.counts(em, VOTES, featureRequestIds);
    }

    /** Which of these feature requests the signed-in user voted for, in one statement. */
    public Set<Long> votedByViewer(Collection<Long> featureRequestIds) {
        if (featureRequestIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                select v.featureRequestId from FeatureVoteEntity v
                where v.userId = :viewer and v.featureRequestId in :ids""", Long.class)
                .setParameter("viewer", currentUser.id())
                .setParameter("ids", featureRequestIds)
                .getResultList());
    }

    private static Where filtered(FeatureRequestFilter filter) {
        Where where = Where.all();
        if (filter == null) {
            return where;
        }
        return where.andIf(filter.status(), "e.status in :status", "status")
                .andIf(idFilter(filter.requesterId(), User.TYPE, "requesterId"), "e.requesterId = :requester", "requester")
                .andContains("title", filter.query(), "e.title");
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
