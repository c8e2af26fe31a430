package io.caretaker.knowledge;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A link from an article to a bug or to a runbook (exactly one of them). Read by the nested lists on
 * both ends; written only by {@link ArticleLinks}.
 */
@Entity
@Immutable
@Table(name = "article_link")
public class ArticleLinkEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public Long articleId;

    public Long bugId;

    public Long runbookId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
