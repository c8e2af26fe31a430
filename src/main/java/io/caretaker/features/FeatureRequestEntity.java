package io.caretaker.features;

import java.math.BigDecimal;
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

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.generator.EventType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A feature request. Relations are plain id columns, resolved in batches by the API. */
@Entity
@Table(name = "feature_request")
public class FeatureRequestEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeatureStatus status;

    @Column(nullable = false)
    public Long requesterId;

    public Long targetReleaseId;

    public Long mergedIntoId;

    /** RICE inputs, set when the request is scored. */
    public Integer reach;
    public BigDecimal impact;
    public BigDecimal confidence;
    public BigDecimal effort;

    /** reach × impact × confidence ÷ effort, maintained by the database (generated column); null until scored. */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(insertable = false, updatable = false)
    public BigDecimal riceScore;

    /** Kept with each vote; a vote does not conflict with an edit, so it does not bump {@link #version}. */
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    public int voteCount;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** Excluded from the version for the same reason as {@link #voteCount}. */
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
