package io.caretaker.maintenance.plans;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An imported plan: its document as a template (see {@link MaintenancePlanDocument}); sections and items beside. */
@Entity
@Table(name = "maintenance_plan")
public class MaintenancePlanEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String template;

    @Column(nullable = false)
    public String totalNotes = "";

    @Column(nullable = false, updatable = false)
    public Long importedById;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
