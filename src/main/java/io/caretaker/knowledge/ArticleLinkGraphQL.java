package io.caretaker.knowledge;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.NestedBugConnection;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.runbooks.NestedRunbookConnection;
import io.caretaker.runbooks.Runbook;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Links between articles and bugs or runbooks, from both ends.
 *
 * <p>Registered for reflection by hand: Quarkus registers the classes of queries and mutations for the
 * native image, but not a GraphQL API class that only adds fields to types, and SmallRye GraphQL loads it
 * by name (ClassNotFoundException in the native executable; NativeExecutableIT).
 */
@GraphQLApi
@RegisterForReflection
public class ArticleLinkGraphQL {

    @Inject
    ArticleLinkQueries links;

    @Description("The bugs it is about, in the order they were linked; only those you may see.")
    public List<@NonNull NestedBugConnection> linkedBugs(@Source List<Article> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Article::dbId).distinct().toList();
        Map<Long, Page<Bug>> pages = links.bugsOf(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> links.bugCounts(ids));
        return list.stream().map(a -> new NestedBugConnection(pages.get(a.dbId()), () -> counts.get().get(a.dbId()))).toList();
    }

    @Description("The runbooks that go with it, in the order they were linked.")
    public List<@NonNull NestedRunbookConnection> linkedRunbooks(@Source List<Article> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Article::dbId).distinct().toList();
        Map<Long, Page<Runbook>> pages = links.runbooksOf(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> links.runbookCounts(ids));
        return list.stream().map(a -> new NestedRunbookConnection(pages.get(a.dbId()), () -> counts.get().get(a.dbId())))
                .toList();
    }

    @Description("Knowledge base articles that link to this bug, in the order they were linked; drafts only for engineers and admins.")
    public List<@NonNull NestedArticleConnection> relatedArticles(@Source List<Bug> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Bug::dbId).distinct().toList();
        Map<Long, Page<Article>> pages = links.articlesOfBugs(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> links.articleCountsOfBugs(ids));
        return list.stream().map(b -> new NestedArticleConnection(pages.get(b.dbId()), () -> counts.get().get(b.dbId())))
                .toList();
    }

    // Named apart from relatedArticles(List<Bug>): both take a List, which Java erases to the same signature.
    @Name("relatedArticles")
    @Description("Knowledge base articles that link to this runbook, in the order they were linked; drafts only for engineers and admins.")
    public List<@NonNull NestedArticleConnection> runbookRelatedArticles(@Source List<Runbook> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Runbook::dbId).distinct().toList();
        Map<Long, Page<Article>> pages = links.articlesOfRunbooks(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> links.articleCountsOfRunbooks(ids));
        return list.stream().map(r -> new NestedArticleConnection(pages.get(r.dbId()), () -> counts.get().get(r.dbId())))
                .toList();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<NestedArticleConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }
}
