package io.caretaker.features;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.db.Timestamps;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestMergeInput;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestMergePayload;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestPayload;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestScoreInput;
import io.caretaker.features.FeatureWorkflowInputs.FeatureRequestTransitionInput;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.security.CurrentUser;

/**
 * The workflow of feature requests: moves, votes, RICE scores and merges. Votes are exact under
 * concurrency: the database keeps one vote per user, and the count changes in the same statement
 * order as the vote rows, only when a row was really inserted or deleted.
 */
@ApplicationScoped
public class FeatureWorkflowService {

    static final Set<BigDecimal> IMPACTS = Set.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE,
            new BigDecimal("2"), new BigDecimal("3"));
    static final double EFFORT_MAX = 1000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public FeatureRequestPayload transition(String id, FeatureRequestTransitionInput input) {
        FeatureRequestEntity feature = lock(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), feature.version, "feature request");
        if (!errors.any()) {
            FeatureWorkflow.refusal(feature, input.to())
                    .ifPresent(reason -> errors.add(UserErrorCode.INVALID_TRANSITION, reason, "input", "to"));
        }
        if (errors.any()) {
            return new FeatureRequestPayload(null, errors.list());
        }
        feature.status = input.to();
        feature.updatedAt = Timestamps.now();
        em.flush();
        return new FeatureRequestPayload(FeatureRequest.of(feature), List.of());
    }

    @Transactional
    public FeatureRequestPayload score(String id, FeatureRequestScoreInput input) {
        FeatureRequestEntity feature = lock(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), feature.version, "feature request");
        BigDecimal impact = decimal(input.impact());
        BigDecimal confidence = decimal(input.confidence());
        BigDecimal effort = decimal(input.effort());
        if (input.reach() < 0) {
            errors.add(UserErrorCode.INVALID, "Reach is a number of people, 0 or more (got " + input.reach() + ").", "input", "reach");
        }
        if (impact == null || IMPACTS.stream().noneMatch(i -> i.compareTo(impact) == 0)) {
            errors.add(UserErrorCode.INVALID, "Impact is one of 0.25, 0.5, 1, 2 or 3 (got " + input.impact() + ").", "input", "impact");
        }
        if (confidence == null || input.confidence() <= 0 || input.confidence() > 1) {
            errors.add(UserErrorCode.INVALID, "Confidence is above 0 and at most 1, e.g. 0.8 (got " + input.confidence() + ").",
                    "input", "confidence");
        }
        if (effort == null || input.effort() <= 0 || input.effort() > EFFORT_MAX) {
            errors.add(UserErrorCode.INVALID, "Effort is a number of person-months above 0 and at most 1000 (got "
                    + input.effort() + ").", "input", "effort");
        }
        if (errors.any()) {
            return new FeatureRequestPayload(null, errors.list());
        }
        feature.reach = input.reach();
        feature.impact = impact;
        feature.confidence = confidence;
        feature.effort = effort;
        feature.updatedAt = Timestamps.now();
        em.flush();
        return new FeatureRequestPayload(FeatureRequest.of(feature), List.of());
    }

    /** Votes or takes a vote back; idempotent, and exact when many vote at once. */
    @Transactional
    public FeatureRequestPayload vote(String id, boolean vote) {
        long dbId = GlobalId.decode(id, FeatureRequest.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        FeatureRequestEntity feature = em.find(FeatureRequestEntity.class, dbId);
        if (feature == null) {
            throw ApiError.nodeNotFound(id);
        }
        if (vote && !FeatureWorkflow.isOpen(feature)) {
            return new FeatureRequestPayload(null, UserErrors.single(UserErrorCode.INVALID,
                    "This request is " + (feature.mergedIntoId != null ? "merged into another one" : feature.status)
                            + " and takes no more votes."));
        }
        long me = currentUser.id();
        int changed = vote
                ? em.createNativeQuery("""
                        insert into feature_vote (feature_request_id, user_id, created_at) values (:feature, :user, :at)
                        on conflict (feature_request_id, user_id) do nothing""")
                        .setParameter("feature", dbId).setParameter("user", me).setParameter("at", Timestamps.now())
                        .executeUpdate()
                : em.createNativeQuery("delete from feature_vote where feature_request_id = :feature and user_id = :user")
                        .setParameter("feature", dbId).setParameter("user", me).executeUpdate();
        if (changed > 0) {
            // an atomic increment: concurrent votes queue on the row lock and none is lost
            em.createNativeQuery("update feature_request set vote_count = vote_count + :delta where id = :feature")
                    .setParameter("delta", vote ? 1 : -1).setParameter("feature", dbId).executeUpdate();
        }
        em.refresh(feature);
        return new FeatureRequestPayload(FeatureRequest.of(feature), List.of());
    }

    @Transactional
    public FeatureRequestMergePayload merge(String id, FeatureRequestMergeInput input) {
        long fromId = GlobalId.decode(id, FeatureRequest.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        Optional<Long> intoId = GlobalId.decode(input.intoId(), FeatureRequest.TYPE);
        // lock both in id order so that two merges of the same pair cannot deadlock
        FeatureRequestEntity from;
        FeatureRequestEntity into = null;
        if (intoId.isPresent() && intoId.get() < fromId) {
            into = em.find(FeatureRequestEntity.class, intoId.get(), LockModeType.PESSIMISTIC_WRITE);
            from = em.find(FeatureRequestEntity.class, fromId, LockModeType.PESSIMISTIC_WRITE);
        } else {
            from = em.find(FeatureRequestEntity.class, fromId, LockModeType.PESSIMISTIC_WRITE);
            if (intoId.isPresent() && !intoId.get().equals(fromId)) {
                into = em.find(FeatureRequestEntity.class, intoId.get(), LockModeType.PESSIMISTIC_WRITE);
            }
        }
        if (from == null) {
            throw ApiError.nodeNotFound(id);
        }
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), from.version, "feature request");
        if (intoId.isPresent() && intoId.get().equals(fromId)) {
            errors.add(UserErrorCode.INVALID, "A request cannot be merged into itself.", "input", "intoId");
        } else if (into == null) {
            errors.add(UserErrorCode.NOT_FOUND, "No FeatureRequest with id '" + input.intoId() + "'.", "input", "intoId");
        } else if (!FeatureWorkflow.isOpen(into)) {
            errors.add(UserErrorCode.INVALID, "The target is " + (into.mergedIntoId != null ? "merged into another request"
                    : into.status) + "; merge into an open request.", "input", "intoId");
        }
        if (!FeatureWorkflow.isOpen(from)) {
            errors.add(UserErrorCode.INVALID, "This request is " + (from.mergedIntoId != null ? "merged already" : from.status)
                    + " and cannot be merged.");
        }
        if (errors.any()) {
            return new FeatureRequestMergePayload(null, null, errors.list());
        }
        // a user who voted for both keeps one vote; then both counts are recounted from the rows
        em.createNativeQuery("""
                insert into feature_vote (feature_request_id, user_id, created_at)
                select cast(:into as bigint), user_id, created_at from feature_vote where feature_request_id = :from
                on conflict (feature_request_id, user_id) do nothing""")
                .setParameter("into", into.id).setParameter("from", from.id).executeUpdate();
        em.createNativeQuery("delete from feature_vote where feature_request_id = :from").setParameter("from", from.id)
                .executeUpdate();
        OffsetDateTime now = Timestamps.now();
        from.status = FeatureStatus.DECLINED;
        from.mergedIntoId = into.id;
        from.updatedAt = now;
        into.updatedAt = now;
        em.flush();
        em.createNativeQuery("""
                update feature_request f set vote_count = (select count(*) from feature_vote v where v.feature_request_id = f.id)
                where f.id in (:ids)""").setParameter("ids", List.of(from.id, into.id)).executeUpdate();
        em.refresh(from);
        em.refresh(into);
        return new FeatureRequestMergePayload(FeatureRequest.of(from), FeatureRequest.of(into), List.of());
    }

    private FeatureRequestEntity lock(String id) {
        long dbId = GlobalId.decode(id, FeatureRequest.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        FeatureRequestEntity feature = em.find(FeatureRequestEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (feature == null) {
            throw ApiError.nodeNotFound(id);
        }
        return feature;
    }

    private static BigDecimal decimal(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros() : null;
    }
}
