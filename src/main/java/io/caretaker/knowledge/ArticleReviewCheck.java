package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.caretaker.db.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.caretaker.ops.JobLog;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The scheduled review check: each published article past its review date gets one reminder to its
 * owner per review date (the database refuses a second, so re-runs and replicas never remind twice),
 * and the gauge caretaker_articles_stale counts the stale articles. A scrape reads the stored value,
 * never the database.
 */
@ApplicationScoped
public class ArticleReviewCheck {

    private static final Logger LOG = Logger.getLogger(ArticleReviewCheck.class);

    /** A reminder this run sent: to whom, about what. */
    public record Sent(long articleId, String slug, long ownerId, LocalDate reviewBy) {
    }

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final AtomicLong stale = new AtomicLong();

    void registerMetrics(@Observes StartupEvent event) {
        Gauge.builder("caretaker.articles.stale", stale, AtomicLong::get)
                .description("Published articles past their review date")
                .register(registry);
        reminders(); // at 0 from the start, like every counter of ours
        refreshStaleCount();
    }

    private Counter reminders() {
        return Counter.builder("caretaker.article.review.reminders")
                .description("Reminders sent to owners of articles past their review date")
                .register(registry);
    }

    @Scheduled(identity = "article-review", every = "${caretaker.knowledge.review-check-every}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        JobLog.fired(execution);
        remind();
    }

    /** Sends the reminders not sent yet, counts them once committed, refreshes the gauge; idempotent. */
    public List<Sent> remind() {
        List<Sent> sent = insertReminders();
        for (Sent reminder : sent) {
            LOG.infof("Reminded user %d that article '%s' was due for review on %s", reminder.ownerId(), reminder.slug(),
                    reminder.reviewBy());
        }
        reminders().increment(sent.size());
        refreshStaleCount();
        return sent;
    }

    @Transactional
    List<Sent> insertReminders() {
        OffsetDateTime now = Timestamps.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with sent as (
                    insert into article_review_reminder (article_id, owner_id, review_by, sent_at)
                    select a.id, a.owner_id, a.review_by, :now from article a
                    where a.status = 'PUBLISHED' and a.review_by < :today
                    on conflict (article_id, review_by) do nothing
                    returning article_id, owner_id, review_by)
                select s.article_id, a.slug, s.owner_id, s.review_by from sent s join article a on a.id = s.article_id
                order by s.review_by, s.article_id""")
                .setParameter("now", now)
                .setParameter("today", now.toLocalDate())
                .getResultList();
        return rows.stream().map(r -> new Sent(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3])).toList();
    }

    @Transactional
    public void refreshStaleCount() {
        stale.set(em.createQuery("select count(e) from ArticleEntity e where e.status = :published and e.reviewBy < :today",
                Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("today", Timestamps.now().toLocalDate())
                .getSingleResult());
    }
}
