package io.caretaker.runbooks;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One revision of a runbook. Immutable: executions run a revision, and what they ran must stay
 * readable as it was; a change to a runbook is always a new revision.
 */
@Entity
@Immutable
@Table(name = "runbook_revision")
public class RunbookRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long runbookId;

    /** 1 for the first revision of a runbook, then counting up. */
    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String message;

    @Column(nullable = false, updatable = false)
    public Long authorId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
