package io.caretaker.features;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
