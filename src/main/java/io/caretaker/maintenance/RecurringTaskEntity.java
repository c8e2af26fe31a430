package io.caretaker.maintenance;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Maintenance that recurs on a cadence; its occurrences are written by {@link OccurrenceScheduler}. */
@Entity
@Table(name = "recurring_task")
public class RecurringTaskEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description = "";

    @Column(nullable = false)
    public String cron;

    @Column(nullable = false)
    public String timeZone;

    public Long ownerId;

    public Long runbookId;

    @Column(nullable = false)
    public boolean active = true;

    /** Occurrences exist for every due time up to and including this one. */
    @Column(nullable = false)
    public OffsetDateTime scheduledUntil;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
