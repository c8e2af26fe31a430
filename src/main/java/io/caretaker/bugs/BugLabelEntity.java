package io.caretaker.bugs;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a bug carries a label. */
@Entity
@Table(name = "bug_label")
@IdClass(BugLabelEntity.Key.class)
public class BugLabelEntity extends PanacheEntityBase {

    public record Key(Long bugId, Long labelId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public Long bugId;

    @Id
    public Long labelId;
}
