package io.caretaker.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Lazy;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.knowledge.ArticleInputs.ArticleCreateInput;
import io.caretaker.knowledge.ArticleInputs.ArticleCreatePayload;
import io.caretaker.knowledge.ArticleInputs.ArticleFilter;
import io.caretaker.knowledge.ArticleInputs.ArticleOrder;
import io.caretaker.knowledge.ArticleInputs.ArticleUpdateInput;
import io.caretaker.knowledge.ArticleInputs.ArticleUpdatePayload;
import io.caretaker.markdown.Markdown;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

@GraphQLApi
public class ArticleGraphQL {

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleService articles;

    @Inject
    UserLoader users;

    @Inject
    Markdown markdown;

    @Inject
    ArticleWorkflowService workflow;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("A knowledge base article by its slug; each call counts as a view (viewCount). NOT_FOUND if it does not exist or you may not see it (drafts are for engineers and admins).")
    public Article article(@NonNull @Description("The slug, e.g. \"reset-the-price-feed\" (case-insensitive).") String slug) {
        Article article = queries.visibleBySlug(slug.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ApiError.notFound("Could not find an article with slug '" + slug + "'."));
        return article.withViewCount(workflow.recordView(article.dbId()));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Knowledge base articles you may see (drafts only for engineers and admins), most recently changed first unless ordered otherwise.")
    public @NonNull ArticleConnection articles(@Description("Narrows the list.") ArticleFilter filter,
            @Description("Order of the list: most recently changed first when omitted.") ArticleOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new ArticleConnection(queries.page(filter, orderBy, request), () -> queries.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Writes a new article. It starts as a DRAFT owned by you, with revision 1.")
    public ArticleCreatePayload articleCreate(@NonNull @Description("The article.") ArticleCreateInput input) {
        return articles.create(input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Changes an article. A new title or body makes a new revision; category, tags and review date change the article only. Send the version you read: a stale one is a CONFLICT user error and changes nothing.")
    public ArticleUpdatePayload articleUpdate(@Id @NonNull @Description("The article.") String id,
            @NonNull @Description("The changes.") ArticleUpdateInput input) {
        return articles.update(id, input);
    }

    @Description("The body as HTML. " + Markdown.HTML_DOC)
    public List<@NonNull String> bodyHtml(@Source List<Article> list) {
        return list.stream().map(a -> markdown.toHtml(a.body())).toList();
    }

    @Name("bodyHtml")
    @Description("The body of this revision as HTML. " + Markdown.HTML_DOC)
    public List<@NonNull String> revisionBodyHtml(@Source List<ArticleRevision> list) {
        return list.stream().map(r -> markdown.toHtml(r.body())).toList();
    }

    @Description("Who owns it: its author, and who keeps it up to date.")
    public List<@NonNull User> owner(@Source List<Article> list) {
        Map<Long, User> found = users.load(list.stream().map(Article::ownerId).toList());
        return list.stream().map(a -> found.get(a.ownerId())).toList();
    }

    @Description("The revision whose title and body it shows.")
    public List<@NonNull ArticleRevision> currentRevision(@Source List<Article> list) {
        Map<Long, Integer> numbers = new HashMap<>();
        list.forEach(a -> numbers.put(a.dbId(), a.currentRevisionNumber()));
        Map<Long, ArticleRevision> found = queries.revisions(numbers);
        return list.stream().map(a -> found.get(a.dbId())).toList();
    }

    @Description("Its revisions, newest first.")
    public List<@NonNull ArticleRevisionConnection> revisions(@Source List<Article> list,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Long> ids = list.stream().map(Article::dbId).distinct().toList();
        Map<Long, Page<ArticleRevision>> pages = queries.revisionPages(ids, request);
        Lazy<Map<Long, Integer>> counts = Lazy.of(() -> queries.revisionCounts(ids));
        return list.stream()
                .map(a -> new ArticleRevisionConnection(pages.get(a.dbId()), () -> counts.get().get(a.dbId())))
                .toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source ArticleConnection connection) {
        return connection.totalCount();
    }

    @Description(Connection.TOTAL_COUNT_DOC)
    public List<@NonNull Integer> totalCount(@Source List<ArticleRevisionConnection> connections) {
        return connections.stream().map(Connection::totalCount).toList();
    }

    @Description("Who wrote it.")
    public List<@NonNull User> author(@Source List<ArticleRevision> list) {
        Map<Long, User> found = users.load(list.stream().map(ArticleRevision::authorId).toList());
        return list.stream().map(r -> found.get(r.authorId())).toList();
    }

    @Description("The article it is a revision of.")
    public List<@NonNull Article> article(@Source List<ArticleRevision> list) {
        Map<Long, Article> found = queries.visibleByIds(list.stream().map(ArticleRevision::articleId).distinct().toList());
        return list.stream().map(r -> found.get(r.articleId())).toList();
    }

    @Produces
    @ApplicationScoped
    NodeResolver articleNodes(ArticleQueries queries) {
        return NodeResolver.of(Article.TYPE, queries::visibleByIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver articleRevisionNodes(ArticleQueries queries) {
        return NodeResolver.of(ArticleRevision.TYPE, queries::visibleRevisionsByIds);
    }
}
