package io.caretaker.bugs;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("BugActivity")
@Description("One change to a bug: who, when, which field, from what to what.")
public record BugActivityItem(
        @NonNull @Description("What happened.") Kind kind,
        @Description("The field that changed, for FIELD_CHANGED: title, description, severity, priority, component, assignee,"
                + " labels, environment, stepsToReproduce, confidential, status, resolution, fixedIn, duplicateOf; \"comment\" for COMMENTED.") String field,
        @Description("The value before. Component, assignee, fixedIn and duplicateOf are global ids (fetch them with nodes(ids:)); labels are comma-separated.") String from,
        @Description("The value after, in the same form; for COMMENTED the comment's global id.") String to,
        @NonNull @Description("When it happened.") OffsetDateTime createdAt,
        @Ignore long id,
        @Ignore long bugId,
        @Ignore long actorId) {

    @org.eclipse.microprofile.graphql.Enum("BugActivityKind")
    @Description("Kinds of change.")
    public enum Kind {
        @Description("The bug was reported.")
        CREATED,
        @Description("A field changed (status changes included).")
        FIELD_CHANGED,
        @Description("Someone commented.")
        COMMENTED
    }

    static BugActivityItem of(BugActivityEntity e) {
        return new BugActivityItem(Kind.valueOf(e.kind.name()), e.field, e.fromValue, e.toValue, e.createdAt, e.id, e.bugId, e.actorId);
    }
}
