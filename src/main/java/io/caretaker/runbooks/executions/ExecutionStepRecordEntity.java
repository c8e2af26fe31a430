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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What happened to one step of an execution: the latest record wins (a step recorded again is corrected). */
@Entity
@Table(name = "runbook_execution_step")
public class ExecutionStepRecordEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long executionId;

    @Column(nullable = false, updatable = false)
    public Long stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordedStepStatus status;

    public String note;

    @Column(nullable = false)
    public Long recordedById;

    @Column(nullable = false)
    public OffsetDateTime recordedAt;
}
