package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.caretaker.db.Constraints;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.knowledge.ArticleInputs.ArticleClearableField;
import io.caretaker.knowledge.ArticleInputs.ArticleCreateInput;
import io.caretaker.knowledge.ArticleInputs.ArticleCreatePayload;
import io.caretaker.knowledge.ArticleInputs.ArticleUpdateInput;
import io.caretaker.knowledge.ArticleInputs.ArticleUpdatePayload;
import io.caretaker.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The write side of the knowledge base. Each mutation validates everything first and changes nothing
 * when there is a user error; an article and its new revision commit together.
 */
@ApplicationScoped
public class ArticleService {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 200_000;
    static final int MESSAGE_MAX = 500;
    static final String FIRST_MESSAGE = "First draft";
    static final String EDIT_MESSAGE = "Edited";
    private static final String SLUG_CONSTRAINT = "article_slug_key";
    /** How many numbered slugs (base-2, base-3, ...) one statement checks. */
    private static final int SLUG_CANDIDATES = 20;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleLinks links;

    @Transactional
    public ArticleCreatePayload create(ArticleCreateInput input) {
        UserErrors errors = new UserErrors();
        String givenSlug = input.slug() == null || input.slug().isBlank() ? null : input.slug().strip();
        if (givenSlug != null && !Slugs.isValid(givenSlug)) {
            errors.add(UserErrorCode.INVALID, "'" + givenSlug + "' is not a valid slug: use lower-case letters and digits"
                    + " in groups joined by single hyphens (e.g. \"reset-the-price-feed\"), at most " + Slugs.MAX
                    + " characters.", "input", "slug");
            givenSlug = null;
        }
        String title = errors.required(input.title(), TITLE_MAX, "input", "title");
        String body = errors.required(input.body(), BODY_MAX, "input", "body");
        ArticleCategory category = errors.requirePresent(input.category(), "input", "category");
        List<String> tags = Tags.normalize(input.tags(), errors, "input", "tags");
        LocalDate reviewBy = notInThePast(input.reviewBy(), null, errors);
        String message = errors.optional(input.message(), MESSAGE_MAX, "input", "message");
        Set<Long> bugIds = links.bugs(input.linkedBugIds(), errors, "linkedBugIds");
        Set<Long> runbookIds = links.runbooks(input.linkedRunbookIds(), errors, "linkedRunbookIds");
        if (givenSlug != null && slugTaken(givenSlug)) {
            errors.add(UserErrorCode.TAKEN, takenMessage(givenSlug, false), "input", "slug");
        }
        if (errors.any()) {
            return new ArticleCreatePayload(null, errors.list());
        }

        String slug = givenSlug != null ? givenSlug : freeSlug(Slugs.derive(title));
        OffsetDateTime now = Timestamps.now();
        ArticleEntity article = new ArticleEntity();
        article.slug = slug;
        article.title = title;
        article.body = body;
        article.category = category;
        article.tags = tags == null ? new String[0] : tags.toArray(String[]::new);
        article.status = ArticleStatus.DRAFT;
        article.ownerId = currentUser.id();
        article.reviewBy = reviewBy;
        article.currentRevision = 1;
        article.createdAt = now;
        article.updatedAt = now;
        try {
            em.persist(article);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, SLUG_CONSTRAINT)) {
                // a concurrent request took the slug between our check and the insert
                QuarkusTransaction.setRollbackOnly();
                return new ArticleCreatePayload(null, UserErrors.single(UserErrorCode.TAKEN,
                        takenMessage(slug, givenSlug == null), "input", "slug"));
            }
            throw e;
        }
        addRevision(article, message != null ? message : FIRST_MESSAGE, now);
        links.replaceBugs(article.id, bugIds, now);
        links.replaceRunbooks(article.id, runbookIds, now);
        return new ArticleCreatePayload(Article.of(article), List.of());
    }

    @Transactional
    public ArticleUpdatePayload update(String id, ArticleUpdateInput input) {
        ArticleEntity article = lockVisible(id);
        List<ArticleClearableField> clear = input.clear() == null ? List.of() : input.clear();

        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), article.version, "article");
        String title = input.title() == null ? null : errors.required(input.title(), TITLE_MAX, "input", "title");
        String body = input.body() == null ? null : errors.required(input.body(), BODY_MAX, "input", "body");
        List<String> tags = Tags.normalize(input.tags(), errors, "input", "tags");
        LocalDate reviewBy = notInThePast(input.reviewBy(), article.reviewBy, errors);
        if (input.reviewBy() != null && clear.contains(ArticleClearableField.REVIEW_BY)) {
            errors.add(UserErrorCode.INVALID, "Either set reviewBy or clear it, not both.", "input", "clear");
        }
        String message = errors.optional(input.message(), MESSAGE_MAX, "input", "message");
        Set<Long> bugIds = links.bugs(input.linkedBugIds(), errors, "linkedBugIds");
        Set<Long> runbookIds = links.runbooks(input.linkedRunbookIds(), errors, "linkedRunbookIds");
        if (errors.any()) {
            return new ArticleUpdatePayload(null, errors.list());
        }

        OffsetDateTime now = Timestamps.now();
        boolean changed = false;
        String newTitle = title != null ? title : article.title;
        String newBody = body != null ? body : article.body;
        if (!newTitle.equals(article.title) || !newBody.equals(article.body)) {
            article.title = newTitle;
            article.body = newBody;
            article.currentRevision++;
            addRevision(article, message != null ? message : EDIT_MESSAGE, now);
            changed = true;
        }
        if (input.category() != null && input.category() != article.category) {
            article.category = input.category();
            changed = true;
        }
        if (tags != null && !tags.equals(Arrays.asList(article.tags))) {
            article.tags = tags.toArray(String[]::new);
            changed = true;
        }
        LocalDate newReviewBy = clear.contains(ArticleClearableField.REVIEW_BY) ? null
                : reviewBy != null ? reviewBy : article.reviewBy;
        if (!Objects.equals(newReviewBy, article.reviewBy)) {
            article.reviewBy = newReviewBy;
            changed = true;
        }
        if (links.differ(article.id, bugIds, runbookIds)) {
            links.replaceBugs(article.id, bugIds, now);
            links.replaceRunbooks(article.id, runbookIds, now);
            // a change of links is a change of the article: updatedAt and so its version move
            changed = true;
        }
        if (changed) {
            article.updatedAt = now;
            em.flush();
        }
        return new ArticleUpdatePayload(Article.of(article), List.of());
    }

    void addRevision(ArticleEntity article, String message, OffsetDateTime now) {
        ArticleRevisionEntity revision = new ArticleRevisionEntity();
        revision.articleId = article.id;
        revision.number = article.currentRevision;
        revision.title = article.title;
        revision.body = article.body;
        revision.message = message;
        revision.authorId = currentUser.id();
        revision.createdAt = now;
        em.persist(revision);
    }

    /**
     * A review date must not lie in the past (UTC), unless it is the date the article already has:
     * an edit that sends back the whole form must not fail because the review is overdue.
     */
    static LocalDate notInThePast(LocalDate date, LocalDate current, UserErrors errors) {
        if (date != null && !date.equals(current) && date.isBefore(Timestamps.now().toLocalDate())) {
            errors.add(UserErrorCode.INVALID, "The review date " + date + " is in the past: pick today or a later day.",
                    "input", "reviewBy");
        }
        return date;
    }

    /** The derived slug itself if it is free, else the first free one of base-2, base-3, ... */
    private String freeSlug(String base) {
        for (int from = 1;; from += SLUG_CANDIDATES) {
            List<String> candidates = new ArrayList<>(SLUG_CANDIDATES);
            for (int n = from; n < from + SLUG_CANDIDATES; n++) {
                candidates.add(n == 1 ? base : Slugs.numbered(base, n));
            }
            Set<String> taken = new HashSet<>(em.createQuery("select e.slug from ArticleEntity e where e.slug in :slugs",
                    String.class).setParameter("slugs", candidates).getResultList());
            for (String candidate : candidates) {
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    /** Across all articles, drafts included: slugs are unique whoever can see the article. */
    private boolean slugTaken(String slug) {
        return !em.createQuery("select e.id from ArticleEntity e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    private static String takenMessage(String slug, boolean derived) {
        return derived
                ? "Another article took the slug '" + slug + "' derived from the title at the same moment; send the request again."
                : "An article with the slug '" + slug + "' already exists.";
    }

    /** The article behind a global id, locked for update; NOT_FOUND alike for unknown and hidden articles. */
    ArticleEntity lockVisible(String id) {
        return visible(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The article behind a global id, unlocked; NOT_FOUND alike for unknown and hidden articles. */
    ArticleEntity findVisible(String id) {
        return visible(id, LockModeType.NONE);
    }

    private ArticleEntity visible(String id, LockModeType lock) {
        long dbId = GlobalId.decode(id, Article.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        ArticleEntity article = em.find(ArticleEntity.class, dbId, lock);
        if (article == null || !queries.canSee(article)) {
            throw ApiError.nodeNotFound(id);
        }
        return article;
    }
}
