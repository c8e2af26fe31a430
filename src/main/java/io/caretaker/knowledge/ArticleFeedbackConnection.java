package io.caretaker.knowledge;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of feedback on an article.")
public class ArticleFeedbackConnection extends Connection<ArticleFeedback, ArticleFeedbackConnection.ArticleFeedbackEdge> {

    public ArticleFeedbackConnection(Page<ArticleFeedback> page, IntSupplier totalCount) {
        super(page, ArticleFeedbackEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ArticleFeedbackEdge")
    @Description("Feedback with its cursor.")
    public static class ArticleFeedbackEdge extends Edge<ArticleFeedback> {
        ArticleFeedbackEdge(ArticleFeedback node, String cursor) {
            super(node, cursor);
        }
    }
}
