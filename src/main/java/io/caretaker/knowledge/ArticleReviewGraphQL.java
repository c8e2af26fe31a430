package io.caretaker.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.Where;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/**
 * Review dates: which published articles are stale, and the reminders their owners got. Reminders are
 * only ever about published articles, which everyone may read, so they need no visibility rule of their own.
 */
@GraphQLApi
public class ArticleReviewGraphQL {

    static final SortKey REVIEW_BY = new SortKey("reviewBy", "e.reviewBy", CursorType.DATE);
    static final SortKey SENT_AT = new SortKey("sent", "e.sentAt", CursorType.TIMESTAMP);

    @Inject
    EntityManager em;

    @Inject
    ArticleQueries articles;

    @Inject
    UserLoader users;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Published articles past their review date (UTC), the most overdue first: the knowledge that may no longer hold.")
    public @NonNull ArticleConnection staleArticles(
            @Id @Description("Only those this user owns, e.g. your own id from viewer.") String ownerId,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        Where where = stale(ownerId);
        return new ArticleConnection(KeysetPager.page(em, ArticleEntity.class, e -> e.id, where, REVIEW_BY, SortDirection.ASC,
                request).map(Article::of), () -> KeysetPager.count(em, ArticleEntity.class, stale(ownerId)));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Review reminders the scheduled review check sent, newest first.")
    public @NonNull ArticleReviewReminderConnection articleReviewReminders(
            @Id @Description("Only those sent to this user, e.g. your own id from viewer.") String ownerId,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new ArticleReviewReminderConnection(KeysetPager.page(em, ArticleReviewReminderEntity.class, e -> e.id,
                sentTo(ownerId), SENT_AT, SortDirection.DESC, request).map(ArticleReviewReminder::of),
                () -> KeysetPager.count(em, ArticleReviewReminderEntity.class, sentTo(ownerId)));
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source ArticleReviewReminderConnection connection) {
        return connection.totalCount();
    }

    @Description("Whether it is published and past its review date (UTC).")
    public List<@NonNull Boolean> stale(@Source List<Article> list) {
        LocalDate today = Timestamps.now().toLocalDate();
        return list.stream().map(a -> a.status() == ArticleStatus.PUBLISHED && a.reviewBy() != null
                && a.reviewBy().isBefore(today)).toList();
    }

    @Description("The review reminders its owners got, newest first (one per review date it passed).")
    public List<@NonNull List<@NonNull ArticleReviewReminder>> reviewReminders(@Source List<Article> list) {
        Map<Long, List<ArticleReviewReminder>> byArticle = new HashMap<>();
        List<Long> ids = list.stream().map(Article::dbId).distinct().toList();
        em.createQuery("from ArticleReviewReminderEntity e where e.articleId in :ids order by e.sentAt desc, e.id desc",
                ArticleReviewReminderEntity.class).setParameter("ids", ids).getResultList()
                .forEach(e -> byArticle.computeIfAbsent(e.articleId, k -> new ArrayList<>()).add(ArticleReviewReminder.of(e)));
        return list.stream().map(a -> byArticle.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Description("The article that was due for review.")
    public List<@NonNull Article> article(@Source List<ArticleReviewReminder> list) {
        Map<Long, Article> found = articles.visibleByIds(list.stream().map(ArticleReviewReminder::articleId).distinct().toList());
        return list.stream().map(r -> found.get(r.articleId())).toList();
    }

    @Description("Who was reminded: the owner at the time.")
    public List<@NonNull User> owner(@Source List<ArticleReviewReminder> list) {
        Map<Long, User> found = users.load(list.stream().map(ArticleReviewReminder::ownerId).toList());
        return list.stream().map(r -> found.get(r.ownerId())).toList();
    }

    @Produces
    @ApplicationScoped
    NodeResolver articleReviewReminderNodes(EntityManager em) {
        return NodeResolver.of(ArticleReviewReminder.TYPE, ids -> KeysetPager.byIds(em, ArticleReviewReminderEntity.class,
                e -> e.id, Where.all(), ids, ArticleReviewReminder::of));
    }

    private static Where stale(String ownerId) {
        Where where = Where.all()
                .and("e.status = :published", "published", ArticleStatus.PUBLISHED)
                .and("e.reviewBy < :today", "today", Timestamps.now().toLocalDate());
        return ownerId == null ? where : where.and("e.ownerId = :owner", "owner", userId(ownerId));
    }

    private static Where sentTo(String ownerId) {
        return ownerId == null ? Where.all() : Where.all().and("e.ownerId = :owner", "owner", userId(ownerId));
    }

    /** The database id of a user's global id; an id of no user (or of another type) matches nobody. */
    private static long userId(String ownerId) {
        return GlobalId.decode(ownerId, User.TYPE).orElse(-1L);
    }
}
