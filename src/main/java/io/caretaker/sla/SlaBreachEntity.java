package io.caretaker.sla;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.caretaker.bugs.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A missed SLA target, recorded once by the scheduled check. */
@Entity
@Table(name = "sla_breach")
public class SlaBreachEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long bugId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SlaKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public OffsetDateTime recordedAt;
}
