package io.caretaker.knowledge;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleFeedback")
@Description("One person's verdict on an article: helpful or not, with an optional comment.")
public record ArticleFeedback(
        @NonNull @Description("Whether the article helped.") boolean helpful,
        @Description("What was missing or wrong; null when none was given.") String comment,
        @NonNull @Description("When it was first given.") OffsetDateTime createdAt,
        @NonNull @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Ignore long dbId,
        @Ignore long articleId,
        @Ignore long userId) {

    static ArticleFeedback of(ArticleFeedbackEntity e) {
        return new ArticleFeedback(e.helpful, e.comment, e.createdAt, e.updatedAt, e.id, e.articleId, e.userId);
    }
}
