package io.caretaker.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.Where;
import io.caretaker.knowledge.ArticleInputs.ArticleFilter;
import io.caretaker.knowledge.ArticleInputs.ArticleOrder;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;

/**
 * The read side of the knowledge base. Every query goes through {@link #visible()}: drafts are seen
 * only by engineers and admins, who write the knowledge base, in lists, counts, lookups and nested
 * fields alike; to everyone else a draft does not exist.
 */
@ApplicationScoped
public class ArticleQueries {

    static final NestedPager.Child<ArticleRevisionEntity> REVISIONS = new NestedPager.Child<>(ArticleRevisionEntity.class,
            "article_revision", "article_id", r -> r.articleId, r -> r.id);
    static final NestedPager.Ordering<ArticleRevisionEntity> NEWEST_FIRST = new NestedPager.Ordering<>("number", "number",
            CursorType.INT, SortDirection.DESC, r -> r.number);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The condition that hides drafts from those who may not see them. */
    Where visible() {
        Where where = Where.all();
        if (!seesDrafts()) {
            where.and("e.status <> :hiddenStatus", "hiddenStatus", ArticleStatus.DRAFT);
        }
        return where;
    }

    boolean canSee(ArticleEntity article) {
        return article.status != ArticleStatus.DRAFT || seesDrafts();
    }

    private boolean seesDrafts() {
        return currentUser.has(Roles.ENGINEER);
    }

    public Page<Article> page(ArticleFilter filter, ArticleOrder order, PageRequest request) {
        ArticleOrder effective = order != null ? order : ArticleOrder.DEFAULT;
        return KeysetPager.page(em, ArticleEntity.class, e -> e.id, filtered(filter), effective.field().key,
                effective.directionOrDefault(), request).map(Article::of);
    }

    public int count(ArticleFilter filter) {
        return KeysetPager.count(em, ArticleEntity.class, filtered(filter));
    }

    public Map<Long, Article> visibleByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, ArticleEntity.class, e -> e.id, visible(), ids, Article::of);
    }

    public Optional<Article> visibleBySlug(String slug) {
        Where where = visible().and("e.slug = :slug", "slug", slug);
        return KeysetPager.list(em, ArticleEntity.class, where).stream().findFirst().map(Article::of);
    }

    /**
     * The given revision of each article, keyed by article id: exactly the numbers asked for (those the
     * caller's articles name), so that an edit committed in the meantime cannot pair an article with
     * another revision's text. One statement for the whole batch.
     */
    public Map<Long, ArticleRevision> revisions(Map<Long, Integer> numberByArticle) {
        Map<Long, ArticleRevision> found = new HashMap<>();
        if (numberByArticle.isEmpty()) {
            return found;
        }
        Long[] articles = numberByArticle.keySet().toArray(Long[]::new);
        Integer[] numbers = new Integer[articles.length];
        for (int i = 0; i < articles.length; i++) {
            numbers[i] = numberByArticle.get(articles[i]);
        }
        @SuppressWarnings("unchecked")
        List<ArticleRevisionEntity> rows = em.createNativeQuery("""
                select r.* from article_revision r
                join unnest(cast(:articles as bigint[]), cast(:numbers as integer[])) as wanted(article_id, number)
                  on r.article_id = wanted.article_id and r.number = wanted.number""", ArticleRevisionEntity.class)
                .setParameter("articles", articles)
                .setParameter("numbers", numbers)
                .getResultList();
        rows.forEach(r -> found.put(r.articleId, ArticleRevision.of(r)));
        return found;
    }

    /** Revisions of one article by number (those that exist). */
    public Map<Integer, ArticleRevision> revisionsByNumber(long articleId, Collection<Integer> numbers) {
        Map<Integer, ArticleRevision> found = new HashMap<>();
        em.createQuery("from ArticleRevisionEntity r where r.articleId = :article and r.number in :numbers",
                ArticleRevisionEntity.class)
                .setParameter("article", articleId).setParameter("numbers", numbers).getResultList()
                .forEach(r -> found.put(r.number, ArticleRevision.of(r)));
        return found;
    }

    public Map<Long, Page<ArticleRevision>> revisionPages(Collection<Long> articleIds, PageRequest request) {
        Map<Long, Page<ArticleRevision>> pages = new HashMap<>();
        NestedPager.pages(em, REVISIONS, NEWEST_FIRST, articleIds, request)
                .forEach((article, page) -> pages.put(article, page.map(ArticleRevision::of)));
        return pages;
    }

    public Map<Long, Integer> revisionCounts(Collection<Long> articleIds) {
        return NestedPager.counts(em, REVISIONS, articleIds);
    }

    /** Revisions whose article the current user can see. */
    public Map<Long, ArticleRevision> visibleRevisionsByIds(Collection<Long> ids) {
        Map<Long, ArticleRevision> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<ArticleRevisionEntity> revisions = em.createQuery("from ArticleRevisionEntity r where r.id in :ids",
                ArticleRevisionEntity.class).setParameter("ids", ids).getResultList();
        Map<Long, Article> articles = visibleByIds(revisions.stream().map(r -> r.articleId).distinct().toList());
        revisions.stream().filter(r -> articles.containsKey(r.articleId)).forEach(r -> found.put(r.id, ArticleRevision.of(r)));
        return found;
    }

    private Where filtered(ArticleFilter filter) {
        Where where = visible();
        if (filter == null) {
            return where;
        }
        where.andIf(filter.category(), "e.category in :category", "category")
                .andIf(filter.status(), "e.status in :status", "status")
                .andContains("title", filter.query(), "e.title");
        if (filter.tag() != null && !filter.tag().isBlank()) {
            // Renders as "tags @> array[?]", which the GIN index article_tags_idx serves.
            where.and("array_contains(e.tags, :tag)", "tag", Tags.normalize(filter.tag()));
        }
        return where;
    }
}
