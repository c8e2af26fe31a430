package io.caretaker.runbooks;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("RunbookRevision")
@Description("One immutable version of a runbook's steps. Revising a runbook adds a revision; earlier ones never change.")
public record RunbookRevision(
        @Id @NonNull String id,
        @NonNull @Description("1 for the first revision of a runbook, then counting up.") int number,
        @NonNull @Description("What changed in this revision, and why.") String message,
        @NonNull @Description("When it was made.") OffsetDateTime createdAt,
        @Ignore long dbId,
        @Ignore long runbookId,
        @Ignore long authorId) implements Node {

    public static final String TYPE = "RunbookRevision";

    static RunbookRevision of(RunbookRevisionEntity e) {
        return new RunbookRevision(GlobalId.encode(TYPE, e.id), e.number, e.message, e.createdAt, e.id, e.runbookId,
                e.authorId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
