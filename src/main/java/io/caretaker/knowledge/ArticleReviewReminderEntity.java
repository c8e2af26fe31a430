package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder sent to an article's owner that it is past its review date; written only by {@link ArticleReviewCheck}. */
@Entity
@Immutable
@Table(name = "article_review_reminder")
public class ArticleReviewReminderEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public Long articleId;

    @Column(nullable = false)
    public Long ownerId;

    @Column(nullable = false)
    public LocalDate reviewBy;

    @Column(nullable = false)
    public OffsetDateTime sentAt;
}
