package io.caretaker.runbooks;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A runbook: its metadata, and the number of its current revision. The steps live in immutable
 * revisions ({@link RunbookRevisionEntity}); revising a runbook adds a revision and moves
 * {@link #currentRevision}, so every revise bumps {@link #version}.
 */
@Entity
@Table(name = "runbook")
public class RunbookEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String purpose = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunbookCategory category;

    public Long ownerId;

    public Integer rtoMinutes;

    public Integer drillIntervalDays;

    /** The number of the current revision. */
    @Column(nullable = false)
    public int currentRevision;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    /** Kept by the database (V14 triggers): when the next drill is due; null without a drill interval. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime drillDueAt;

    @Version
    public int version;
}
