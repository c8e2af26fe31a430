package io.caretaker.maintenance;

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

/** One due time of a recurring task: written once by the scheduler, then completed or skipped by someone. */
@Entity
@Table(name = "occurrence")
public class OccurrenceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long taskId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OccurrenceStatus status;

    public Long completedById;

    public OffsetDateTime completedAt;

    public String note;

    @Version
    public int version;
}
