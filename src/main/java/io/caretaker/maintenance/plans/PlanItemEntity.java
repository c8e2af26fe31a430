package io.caretaker.maintenance.plans;

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

/** An item of a plan: its text and line as imported, its state, who set it when, and what it links to. */
@Entity
@Table(name = "maintenance_plan_item")
public class PlanItemEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long planId;

    @Column(nullable = false, updatable = false)
    public Long sectionId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(nullable = false, updatable = false)
    public String lineBefore;

    @Column(nullable = false, updatable = false)
    public String lineAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanItemStatus status;

    public Long updatedById;

    public OffsetDateTime updatedAt;

    public Long runbookId;

    public Long articleId;

    public Long bugId;

    public Long recurringTaskId;

    @Version
    public int version;
}
