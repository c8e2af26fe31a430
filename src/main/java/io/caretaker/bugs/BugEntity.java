package io.caretaker.bugs;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;

import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A bug. Relations are plain id columns: the API resolves them in batches, so an entity never
 * loads its neighbours one by one.
 */
@Entity
@Table(name = "bug")
public class BugEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The n of BUG-n, from a sequence. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BugStatus status;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    public Long componentId;

    @Column(nullable = false)
    public Long reporterId;

    public Long assigneeId;

    public String environment;

    public String stepsToReproduce;

    @Column(nullable = false)
    public boolean confidential;

    public Long duplicateOfId;

    public Long fixedInReleaseId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** Bumped by comments too, without bumping {@link #version}: a comment does not conflict with an edit. */
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    public OffsetDateTime triagedAt;
    public OffsetDateTime startedAt;
    public OffsetDateTime resolvedAt;
    public OffsetDateTime closedAt;
    public OffsetDateTime reopenedAt;

    @Version
    public int version;

    /** Maintained by the database (generated column), for ordering by severity. */
    @JdbcTypeCode(SqlTypes.SMALLINT)
    @Column(insertable = false, updatable = false)
    public Integer severityRank;

    /** Maintained by the database (generated column), for ordering by priority, untriaged last. */
    @JdbcTypeCode(SqlTypes.SMALLINT)
    @Column(insertable = false, updatable = false)
    public Integer priorityRank;
}
