package io.caretaker.bugs;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("Comment")
@Description("A comment on a bug.")
public record Comment(
        @Id @NonNull String id,
        @NonNull @Description("The text, in Markdown.") String body,
        @NonNull @Description("When it was written.") OffsetDateTime createdAt,
        @NonNull @Description("When it was last edited.") OffsetDateTime updatedAt,
        @Ignore long bugId,
        @Ignore long authorId) implements Node {

    public static final String TYPE = "Comment";

    static Comment of(CommentEntity e) {
        return new Comment(GlobalId.encode(TYPE, e.id), e.body, e.createdAt, e.updatedAt, e.bugId, e.authorId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
