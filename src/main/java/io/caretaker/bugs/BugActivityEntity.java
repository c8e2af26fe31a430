package io.caretaker.bugs;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to a bug: who, when, which field, from what to what. Written with the change. */
@Entity
@Table(name = "bug_activity")
public class BugActivityEntity extends PanacheEntityBase {

    /** What happened; FIELD_CHANGED rows name the field. */
    public enum Kind {
        CREATED, FIELD_CHANGED, COMMENTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long bugId;

    @Column(nullable = false)
    public Long actorId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String field;

    public String fromValue;

    public String toValue;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
