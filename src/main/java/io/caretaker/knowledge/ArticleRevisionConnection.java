package io.caretaker.knowledge;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of revisions of an article, newest first.")
public class ArticleRevisionConnection extends Connection<ArticleRevision, ArticleRevisionConnection.ArticleRevisionEdge> {

    public ArticleRevisionConnection(Page<ArticleRevision> page, IntSupplier totalCount) {
        super(page, ArticleRevisionEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ArticleRevisionEdge")
    @Description("A revision with its cursor.")
    public static class ArticleRevisionEdge extends Edge<ArticleRevision> {
        ArticleRevisionEdge(ArticleRevision node, String cursor) {
            super(node, cursor);
        }
    }
}
