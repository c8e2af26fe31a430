package io.caretaker.knowledge;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("ArticleRevision")
@Description("One immutable version of an article's title and body.")
public record ArticleRevision(
        @Id @NonNull String id,
        @NonNull @Description("1 for the first draft, one more for each later edit of the title or body.") int number,
        @NonNull @Description("The title as of this revision.") String title,
        @NonNull @Description("The text as of this revision, in Markdown.") String body,
        @NonNull @Description("What changed and why, as the author put it.") String message,
        @NonNull @Description("When it was written.") OffsetDateTime createdAt,
        @Ignore long articleId,
        @Ignore long authorId) implements Node {

    public static final String TYPE = "ArticleRevision";

    static ArticleRevision of(ArticleRevisionEntity e) {
        return new ArticleRevision(GlobalId.encode(TYPE, e.id), e.number, e.title, e.body, e.message, e.createdAt,
                e.articleId, e.authorId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
