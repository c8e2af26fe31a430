package io.caretaker.runbooks.executions;

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

/** A run of one revision of a runbook; the revision is fixed when it starts. */
@Entity
@Table(name = "runbook_execution")
public class RunbookExecutionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long runbookId;

    @Column(nullable = false, updatable = false)
    public Long revisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ExecutionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExecutionStatus status;

    @Enumerated(EnumType.STRING)
    public ExecutionOutcome outcome;

    /** The runbook's recovery-time objective when the execution started. */
    @Column(updatable = false)
    public Integer rtoMinutes;

    @Column(nullable = false, updatable = false)
    public Long startedById;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime startedAt;

    public Long endedById;

    public OffsetDateTime endedAt;

    public String note;

    @Version
    public int version;
}
