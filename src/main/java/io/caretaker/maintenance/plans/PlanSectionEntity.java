package io.caretaker.maintenance.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A numbered section of a plan, with the Notes of its progress row. */
@Entity
@Table(name = "maintenance_plan_section")
public class PlanSectionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long planId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(updatable = false)
    public String groupTitle;

    @Column(nullable = false)
    public String notes = "";
}
