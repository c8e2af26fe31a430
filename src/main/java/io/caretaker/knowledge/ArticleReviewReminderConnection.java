package io.caretaker.knowledge;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of review reminders.")
public class ArticleReviewReminderConnection
        extends Connection<ArticleReviewReminder, ArticleReviewReminderConnection.ArticleReviewReminderEdge> {

    public ArticleReviewReminderConnection(Page<ArticleReviewReminder> page, IntSupplier totalCount) {
        super(page, ArticleReviewReminderEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ArticleReviewReminderEdge")
    @Description("A review reminder with its cursor.")
    public static class ArticleReviewReminderEdge extends Edge<ArticleReviewReminder> {
        ArticleReviewReminderEdge(ArticleReviewReminder node, String cursor) {
            super(node, cursor);
        }
    }
}
