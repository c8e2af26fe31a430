package io.caretaker.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A knowledge base article. Its title and body are those of its current revision, copied here so
 * that lists and filters read one table; the revisions keep the history.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleCategory category;

    /** Normalised tags (lower case, distinct, sorted), searchable through a GIN index. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] tags = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(nullable = false)
    public Long ownerId;

    /** When the article should be checked again; stale past it. */
    public LocalDate reviewBy;

    /** The number of the revision whose title and body the article shows. */
    @Column(nullable = false)
    public int currentRevision;

    public OffsetDateTime publishedAt;

    /** When it was last archived; null while it is not ARCHIVED. */
    public OffsetDateTime archivedAt;

    /**
     * How often article(slug:) returned it. Read only here: the database counts with an atomic increment,
     * so that saving an edit never writes back a stale count.
     */
    @Column(insertable = false, updatable = false)
    public long viewCount;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
