package io.caretaker.search;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Searches that found nothing, one row per normalized query; written only by {@link KnowledgeGaps#record}. */
@Entity
@Immutable
@Table(name = "knowledge_gap")
public class KnowledgeGapEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public String normalizedQuery;

    @Column(nullable = false)
    public String exampleQuery;

    @Column(nullable = false)
    public long searches;

    @Column(nullable = false)
    public OffsetDateTime firstSeenAt;

    @Column(nullable = false)
    public OffsetDateTime lastSeenAt;
}
