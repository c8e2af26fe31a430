package io.caretaker.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.NestedPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;

/** Feedback on articles, for a batch of articles at a time. */
@ApplicationScoped
public class ArticleFeedbackQueries {

    static final NestedPager.Child<ArticleFeedbackEntity> FEEDBACK = new NestedPager.Child<>(ArticleFeedbackEntity.class,
            "article_feedback", "article_id", f -> f.articleId, f -> f.id);
    static final NestedPager.Ordering<ArticleFeedbackEntity> LATEST_FIRST = new NestedPager.Ordering<>("updated",
            "updated_at", CursorType.TIMESTAMP, SortDirection.DESC, f -> f.updatedAt);

    @Inject
    EntityManager em;

    public Map<Long, ArticleFeedbackCounts> counts(Collection<Long> articleIds) {
        Map<Long, ArticleFeedbackCounts> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select article_id, count(*) filter (where helpful), count(*) filter (where not helpful)
                from article_feedback where article_id in (:ids) group by article_id""")
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(),
                    new ArticleFeedbackCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return counts;
    }

    /** The given user's feedback on each of the articles that has one. */
    public Map<Long, ArticleFeedback> of(long userId, Collection<Long> articleIds) {
        Map<Long, ArticleFeedback> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        em.createQuery("from ArticleFeedbackEntity f where f.userId = :user and f.articleId in :ids", ArticleFeedbackEntity.class)
                .setParameter("user", userId).setParameter("ids", articleIds).getResultList()
                .forEach(f -> found.put(f.articleId, ArticleFeedback.of(f)));
        return found;
    }

    public Map<Long, Page<ArticleFeedback>> pages(Collection<Long> articleIds, PageRequest request) {
        Map<Long, Page<ArticleFeedback>> pages = new HashMap<>();
        NestedPager.pages(em, FEEDBACK, LATEST_FIRST, articleIds, request)
                .forEach((article, page) -> pages.put(article, page.map(ArticleFeedback::of)));
        return pages;
    }

    public Map<Long, Integer> totals(Collection<Long> articleIds) {
        return NestedPager.counts(em, FEEDBACK, articleIds);
    }
}
