package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;

@Type("ArticleReviewReminder")
@Description("A reminder to an article's owner that it is past its review date. Sent once per review date by the scheduled review check.")
public record ArticleReviewReminder(
        @Id @NonNull String id,
        @NonNull @Description("The review date the article had passed.") LocalDate reviewBy,
        @NonNull @Description("When the reminder was sent.") OffsetDateTime sentAt,
        @Ignore long articleId,
        @Ignore long ownerId) implements Node {

    public static final String TYPE = "ArticleReviewReminder";

    static ArticleReviewReminder of(ArticleReviewReminderEntity e) {
        return new ArticleReviewReminder(GlobalId.encode(TYPE, e.id), e.reviewBy, e.sentAt, e.articleId, e.ownerId);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
