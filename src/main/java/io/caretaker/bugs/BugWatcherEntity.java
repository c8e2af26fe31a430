package io.caretaker.bugs;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a user follows a bug (its reporter, its assignees, and whoever chose to). */
@Entity
@Table(name = "bug_watcher")
public class BugWatcherEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long bugId;

    @Column(nullable = false)
    public Long userId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
