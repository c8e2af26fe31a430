package io.caretaker.knowledge;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Page;

/** A list of articles within another object (the articles about a bug or a runbook); its totalCount is batched. */
@Description("A page of articles within another object.")
public class NestedArticleConnection extends Connection<Article, ArticleConnection.ArticleEdge> {

    public NestedArticleConnection(Page<Article> page, IntSupplier totalCount) {
        super(page, ArticleConnection.ArticleEdge::new, totalCount);
    }
}
