package io.caretaker.runbooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A step of one runbook revision; immutable like its revision. */
@Entity
@Immutable
@Table(name = "runbook_step")
public class RunbookStepEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Long revisionId;

    /** 1-based place in the revision. */
    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String instructions = "";

    @Column(updatable = false)
    public String command;

    @Column(updatable = false)
    public String expectedResult;
}
