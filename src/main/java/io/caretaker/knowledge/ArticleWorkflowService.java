package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleArchiveInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleArchivePayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleFeedbackInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleFeedbackPayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticlePublishInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticlePublishPayload;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleRestoreInput;
import io.caretaker.knowledge.ArticleWorkflowInputs.ArticleRestorePayload;
import io.caretaker.security.CurrentUser;

/**
 * Publishing, archiving and restoring articles, feedback and views. Like every mutation: validate all,
 * then change everything or nothing.
 */
@ApplicationScoped
public class ArticleWorkflowService {

    static final int COMMENT_MAX = 2000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ArticleService articles;

    @Transactional
    public ArticlePublishPayload publish(String id, ArticlePublishInput input) {
        ArticleEntity article = articles.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), article.version, "article");
        checkMove(article, ArticleStatus.PUBLISHED, errors);
        LocalDate reviewBy = ArticleService.notInThePast(input.reviewBy(), article.reviewBy, errors);
        if (errors.any()) {
            return new ArticlePublishPayload(null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        article.status = ArticleStatus.PUBLISHED;
        if (article.publishedAt == null) {
            article.publishedAt = now;
        }
        article.archivedAt = null;
        if (reviewBy != null) {
            article.reviewBy = reviewBy;
        }
        article.updatedAt = now;
        em.flush();
        return new ArticlePublishPayload(Article.of(article), List.of());
    }

    @Transactional
    public ArticleArchivePayload archive(String id, ArticleArchiveInput input) {
        ArticleEntity article = articles.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), article.version, "article");
        checkMove(article, ArticleStatus.ARCHIVED, errors);
        if (errors.any()) {
            return new ArticleArchivePayload(null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        article.status = ArticleStatus.ARCHIVED;
        article.archivedAt = now;
        article.updatedAt = now;
        em.flush();
        return new ArticleArchivePayload(Article.of(article), List.of());
    }

    @Transactional
    public ArticleRestorePayload restore(String id, ArticleRestoreInput input) {
        ArticleEntity article = articles.lockVisible(id);
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), article.version, "article");
        String message = errors.optional(input.message(), ArticleService.MESSAGE_MAX, "input", "message");
        ArticleRevisionEntity old = em.createQuery(
                "from ArticleRevisionEntity r where r.articleId = :article and r.number = :number", ArticleRevisionEntity.class)
                .setParameter("article", article.id)
                .setParameter("number", input.revision())
                .getResultStream().findFirst().orElse(null);
        if (old == null) {
            errors.add(UserErrorCode.NOT_FOUND, "The article has no revision " + input.revision() + ": its revisions are 1 to "
                    + article.currentRevision + ".", "input", "revision");
        } else if (old.title.equals(article.title) && old.body.equals(article.body)) {
            errors.add(UserErrorCode.INVALID, "Revision " + input.revision() + " has the same title and text as the current"
                    + " revision " + article.currentRevision + ": there is nothing to restore.", "input", "revision");
        }
        if (errors.any()) {
            return new ArticleRestorePayload(null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        article.title = old.title;
        article.body = old.body;
        article.currentRevision++;
        article.updatedAt = now;
        articles.addRevision(article, message != null ? message : "Restored revision " + old.number, now);
        em.flush();
        return new ArticleRestorePayload(Article.of(article), List.of());
    }

    /**
     * One row per person and article, replaced by a second call. The upsert makes two concurrent calls of
     * the same person end with one row, never a unique-key failure.
     */
    @Transactional
    public ArticleFeedbackPayload feedback(String id, ArticleFeedbackInput input) {
        ArticleEntity article = articles.findVisible(id);
        UserErrors errors = new UserErrors();
        String comment = errors.optional(input.comment(), COMMENT_MAX, "input", "comment");
        if (article.status != ArticleStatus.PUBLISHED) {
            errors.add(UserErrorCode.INVALID, "Feedback is for published articles; this one is " + article.status + ".");
        }
        if (errors.any()) {
            return new ArticleFeedbackPayload(null, null, errors.list());
        }
        OffsetDateTime now = Timestamps.now();
        Number feedbackId = (Number) em.createNativeQuery("""
                insert into article_feedback (article_id, user_id, helpful, comment, created_at, updated_at)
                values (:article, :user, :helpful, :comment, :now, :now)
                on conflict (article_id, user_id)
                do update set helpful = excluded.helpful, comment = excluded.comment, updated_at = excluded.updated_at
                returning id""")
                .setParameter("article", article.id)
                .setParameter("user", currentUser.id())
                .setParameter("helpful", input.helpful())
                .setParameter("comment", comment)
                .setParameter("now", now)
                .getSingleResult();
        ArticleFeedbackEntity stored = em.find(ArticleFeedbackEntity.class, feedbackId.longValue());
        return new ArticleFeedbackPayload(Article.of(article), ArticleFeedback.of(stored), List.of());
    }

    /** Counts a view atomically and returns the new count. */
    @Transactional
    public long recordView(long articleId) {
        Number count = (Number) em.createNativeQuery(
                "update article set view_count = view_count + 1 where id = :id returning view_count")
                .setParameter("id", articleId)
                .getSingleResult();
        return count.longValue();
    }

    private static void checkMove(ArticleEntity article, ArticleStatus to, UserErrors errors) {
        if (!ArticleWorkflow.allows(article.status, to)) {
            errors.add(UserErrorCode.INVALID_TRANSITION, ArticleWorkflow.refusal(article.status, to));
        }
    }
}
