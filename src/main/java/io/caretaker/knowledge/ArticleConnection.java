package io.caretaker.knowledge;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of articles.")
public class ArticleConnection extends Connection<Article, ArticleConnection.ArticleEdge> {

    public ArticleConnection(Page<Article> page, IntSupplier totalCount) {
        super(page, ArticleEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ArticleEdge")
    @Description("An article with its cursor.")
    public static class ArticleEdge extends Edge<Article> {
        ArticleEdge(Article node, String cursor) {
            super(node, cursor);
        }
    }
}
