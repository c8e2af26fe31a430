package io.caretaker.knowledge;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Feedback as read; written only by the upsert in {@link ArticleWorkflowService#feedback}. */
@Entity
@Immutable
@Table(name = "article_feedback")
public class ArticleFeedbackEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public Long articleId;

    @Column(nullable = false)
    public Long userId;

    @Column(nullable = false)
    public boolean helpful;

    public String comment;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;
}
