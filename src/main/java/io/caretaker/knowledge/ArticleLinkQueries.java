package io.caretaker.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

/**
 * Both ends of article links, paged per parent in one statement each. The link rows are paged (joined
 * to what decides visibility, so hidden targets are neither listed nor counted), then the objects of a
 * whole batch are loaded at once, through their own visibility rules again.
 */
@ApplicationScoped
public class ArticleLinkQueries {

    /** The bugs of each article; the bug's columns decide visibility (see BugQueries.visibleSql). */
    static final NestedPager.Child<ArticleLinkEntity> BUGS_OF_ARTICLE = new NestedPager.Child<>(ArticleLinkEntity.class,
            "(select l.*, b.confidential, b.reporter_id from article_link l join bug b on b.id = l.bug_id)",
            "article_id", l -> l.articleId, l -> l.id);
    static final NestedPager.Child<ArticleLinkEntity> RUNBOOKS_OF_ARTICLE = new NestedPager.Child<>(ArticleLinkEntity.class,
            "(select l.* from article_link l where l.runbook_id is not null)", "article_id", l -> l.articleId, l -> l.id);
    static final NestedPager.Child<ArticleLinkEntity> ARTICLES_OF_BUG = new NestedPager.Child<>(ArticleLinkEntity.class,
            "(select l.*, a.status as article_status from article_link l join article a on a.id = l.article_id"
                    + " where l.bug_id is not null)", "bug_id", l -> l.bugId, l -> l.id);
    static final NestedPager.Child<ArticleLinkEntity> ARTICLES_OF_RUNBOOK = new NestedPager.Child<>(ArticleLinkEntity.class,
            "(select l.*, a.status as article_status from article_link l join article a on a.id = l.article_id"
                    + " where l.runbook_id is not null)", "runbook_id", l -> l.runbookId, l -> l.id);
    /** Links in the order they were made. */
    static final NestedPager.Ordering<ArticleLinkEntity> OLDEST_FIRST = new NestedPager.Ordering<>("linked", "created_at",
            CursorType.TIMESTAMP, SortDirection.ASC, l -> l.createdAt);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BugQueries bugs;

    @Inject
    RunbookQueries runbooks;

    @Inject
    ArticleQueries articles;

    public Map<Long, Page<Bug>> bugsOf(Collection<Long> articleIds, PageRequest request) {
        Map<Long, Page<ArticleLinkEntity>> links = NestedPager.pages(em, BUGS_OF_ARTICLE, OLDEST_FIRST, articleIds, request,
                bugs.visibleSql("t"));
        Map<Long, Bug> found = bugs.visibleByIds(targets(links, l -> l.bugId));
        return mapPages(links, l -> found.get(l.bugId));
    }

    public Map<Long, Integer> bugCounts(Collection<Long> articleIds) {
        return NestedPager.counts(em, BUGS_OF_ARTICLE, articleIds, bugs.visibleSql("t"));
    }

    public Map<Long, Page<Runbook>> runbooksOf(Collection<Long> articleIds, PageRequest request) {
        Map<Long, Page<ArticleLinkEntity>> links = NestedPager.pages(em, RUNBOOKS_OF_ARTICLE, OLDEST_FIRST, articleIds, request);
        Map<Long, Runbook> found = runbooks.byIds(targets(links, l -> l.runbookId));
        return mapPages(links, l -> found.get(l.runbookId));
    }

    public Map<Long, Integer> runbookCounts(Collection<Long> articleIds) {
        return NestedPager.counts(em, RUNBOOKS_OF_ARTICLE, articleIds);
    }

    public Map<Long, Page<Article>> articlesOfBugs(Collection<Long> bugIds, PageRequest request) {
        return articlesOf(ARTICLES_OF_BUG, bugIds, request);
    }

    public Map<Long, Integer> articleCountsOfBugs(Collection<Long> bugIds) {
        return NestedPager.counts(em, ARTICLES_OF_BUG, bugIds, visibleArticles());
    }

    public Map<Long, Page<Article>> articlesOfRunbooks(Collection<Long> runbookIds, PageRequest request) {
        return articlesOf(ARTICLES_OF_RUNBOOK, runbookIds, request);
    }

    public Map<Long, Integer> articleCountsOfRunbooks(Collection<Long> runbookIds) {
        return NestedPager.counts(em, ARTICLES_OF_RUNBOOK, runbookIds, visibleArticles());
    }

    private Map<Long, Page<Article>> articlesOf(NestedPager.Child<ArticleLinkEntity> child, Collection<Long> parentIds,
            PageRequest request) {
        Map<Long, Page<ArticleLinkEntity>> links = NestedPager.pages(em, child, OLDEST_FIRST, parentIds, request,
                visibleArticles());
        Map<Long, Article> found = articles.visibleByIds(targets(links, l -> l.articleId));
        return mapPages(links, l -> found.get(l.articleId));
    }

    /** Drafts are for engineers and admins, here as everywhere (ArticleQueries.visible). */
    private NestedPager.SqlCondition visibleArticles() {
        return currentUser.has(Roles.ENGINEER) ? NestedPager.SqlCondition.NONE
                : new NestedPager.SqlCondition("t.article_status <> 'DRAFT'", Map.of());
    }

    private static java.util.List<Long> targets(Map<Long, Page<ArticleLinkEntity>> links,
            java.util.function.Function<ArticleLinkEntity, Long> target) {
        return links.values().stream().flatMap(p -> p.items().stream()).map(target).distinct().toList();
    }

    private static <T> Map<Long, Page<T>> mapPages(Map<Long, Page<ArticleLinkEntity>> links,
            java.util.function.Function<ArticleLinkEntity, T> lookup) {
        Map<Long, Page<T>> pages = new HashMap<>();
        links.forEach((parent, page) -> pages.put(parent, page.mapPresent(lookup)));
        return pages;
    }
}
