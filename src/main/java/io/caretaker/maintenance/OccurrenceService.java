package io.caretaker.maintenance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.maintenance.MaintenanceInputs.OccurrenceCloseInput;
import io.caretaker.maintenance.MaintenanceInputs.OccurrencePayload;
import io.caretaker.security.CurrentUser;

/** Completing or skipping an open occurrence, once: who, when and a note are kept. */
@ApplicationScoped
public class OccurrenceService {

    static final int NOTE_MAX = 2_000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public OccurrencePayload close(String id, OccurrenceCloseInput input, OccurrenceStatus to) {
        long dbId = GlobalId.decode(id, Occurrence.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        OccurrenceEntity occurrence = em.find(OccurrenceEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence == null) {
            throw ApiError.nodeNotFound(id);
        }
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), occurrence.version, "occurrence");
        if (occurrence.status != OccurrenceStatus.OPEN) {
            errors.add(UserErrorCode.INVALID_TRANSITION, "The occurrence is " + occurrence.status
                    + " already; only an OPEN one can be completed or skipped.", "id");
        }
        String note = errors.optional(input.note(), NOTE_MAX, "input", "note");
        if (to == OccurrenceStatus.SKIPPED && note == null) {
            errors.add(UserErrorCode.REQUIRED, "Say why it is skipped (note).", "input", "note");
        }
        if (errors.any()) {
            return new OccurrencePayload(null, errors.list());
        }
        occurrence.status = to;
        occurrence.note = note;
        occurrence.completedById = currentUser.id();
        occurrence.completedAt = Timestamps.now();
        em.flush();
        return new OccurrencePayload(Occurrence.of(occurrence), List.of());
    }
}
