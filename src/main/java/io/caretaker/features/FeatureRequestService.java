package io.caretaker.features;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.db.Timestamps;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestClearableField;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestCreateInput;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestCreatePayload;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestUpdateInput;
import io.caretaker.features.FeatureRequestInputs.FeatureRequestUpdatePayload;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrors;
import io.caretaker.releases.Release;
import io.caretaker.releases.ReleaseQueries;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

/**
 * The write side of feature requests. Each mutation validates everything first and changes nothing
 * when there is a user error.
 */
@ApplicationScoped
public class FeatureRequestService {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 50_000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReleaseQueries releases;

    @Transactional
    public FeatureRequestCreatePayload create(FeatureRequestCreateInput input) {
        UserErrors errors = new UserErrors();
        String title = errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = errors.optional(input.description(), DESCRIPTION_MAX, "input", "description");
        if (errors.any()) {
            return new FeatureRequestCreatePayload(null, errors.list());
        }
        FeatureRequestEntity feature = new FeatureRequestEntity();
        feature.title = title;
        feature.description = Objects.requireNonNullElse(description, "");
        feature.status = FeatureStatus.PROPOSED;
        feature.requesterId = currentUser.id();
        feature.createdAt = Timestamps.now();
        feature.updatedAt = feature.createdAt;
        em.persist(feature);
        em.flush();
        return new FeatureRequestCreatePayload(FeatureRequest.of(feature), List.of());
    }

    @Transactional
    public FeatureRequestUpdatePayload update(String id, FeatureRequestUpdateInput input) {
        FeatureRequestEntity feature = lock(id);
        boolean engineer = currentUser.has(Roles.ENGINEER);
        List<FeatureRequestClearableField> clear = input.clear() == null ? List.of() : input.clear();
        if (!engineer) {
            if (feature.requesterId != currentUser.id()) {
                throw ApiError.forbidden("Forbidden: only engineers may change feature requests made by someone else.");
            }
            if (input.targetReleaseId() != null || clear.contains(FeatureRequestClearableField.TARGET_RELEASE)) {
                throw ApiError.forbidden("Forbidden: the target release is planned by engineers.");
            }
        }

        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), feature.version, "feature request");
        String title = input.title() == null ? null : errors.required(input.title(), TITLE_MAX, "input", "title");
        String description = input.description() == null ? null
                : Objects.requireNonNullElse(errors.optional(input.description(), DESCRIPTION_MAX, "input", "description"), "");
        Long targetReleaseId = errors.reference(input.targetReleaseId(), Release.TYPE, releases::exists, "input", "targetReleaseId");
        if (errors.any()) {
            return new FeatureRequestUpdatePayload(null, errors.list());
        }

        boolean changed = false;
        if (title != null && !title.equals(feature.title)) {
            feature.title = title;
            changed = true;
        }
        if (description != null && !description.equals(feature.description)) {
            feature.description = description;
            changed = true;
        }
        Long target = clear.contains(FeatureRequestClearableField.TARGET_RELEASE) ? null
                : targetReleaseId != null ? targetReleaseId : feature.targetReleaseId;
        if (!Objects.equals(target, feature.targetReleaseId)) {
            feature.targetReleaseId = target;
            changed = true;
        }
        if (changed) {
            feature.updatedAt = Timestamps.now();
            em.flush();
        }
        return new FeatureRequestUpdatePayload(FeatureRequest.of(feature), List.of());
    }

    /** The feature request behind a global id, locked for update; NOT_FOUND if there is none. */
    private FeatureRequestEntity lock(String id) {
        long dbId = GlobalId.decode(id, FeatureRequest.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        FeatureRequestEntity feature = em.find(FeatureRequestEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (feature == null) {
            throw ApiError.nodeNotFound(id);
        }
        return feature;
    }
}
