package io.caretaker.knowledge;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an article's title and body. Written once, never changed. */
@Entity
@Immutable
@Table(name = "article_revision")
public class ArticleRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long articleId;

    /** 1 for the first draft, then one more for each edit of the title or body. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String message;

    @Column(nullable = false)
    public Long authorId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
