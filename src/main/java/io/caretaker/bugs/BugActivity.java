package io.caretaker.bugs;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.bugs.BugActivityEntity.Kind;

/** Writes the activity history of bugs, always inside the transaction of the change it records. */
@ApplicationScoped
class BugActivity {

    @Inject
    EntityManager em;

    void created(BugEntity bug, long actorId) {
        write(bug.id, actorId, Kind.CREATED, null, null, null, bug.createdAt);
    }

    void commented(long bugId, long actorId, CommentEntity comment) {
        write(bugId, actorId, Kind.COMMENTED, "comment", null, io.caretaker.graphql.GlobalId.encode(Comment.TYPE, comment.id),
                comment.createdAt);
    }

    /** Records a field change; returns false (and records nothing) when the value did not change. */
    boolean changed(BugEntity bug, long actorId, String field, Object from, Object to, OffsetDateTime at) {
        if (Objects.equals(from, to)) {
            return false;
        }
        write(bug.id, actorId, Kind.FIELD_CHANGED, field, text(from), text(to), at);
        return true;
    }

    private void write(long bugId, long actorId, Kind kind, String field, String from, String to, OffsetDateTime at) {
        BugActivityEntity activity = new BugActivityEntity();
        activity.bugId = bugId;
        activity.actorId = actorId;
        activity.kind = kind;
        activity.field = field;
        activity.fromValue = from;
        activity.toValue = to;
        activity.createdAt = at;
        em.persist(activity);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
