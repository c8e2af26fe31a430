package io.caretaker.releases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A release of the product. {@link #version} is the semantic version as written; optimistic locking
 * uses {@link #lockVersion} (column lock_version) because "version" already means the release's own.
 */
@Entity
@Table(name = "release")
public class ReleaseEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The semantic version as written, e.g. "1.4.0" or "2.0.0-rc.1"; unique. */
    @Column(nullable = false, unique = true)
    public String version;

    /** A key that sorts like semantic versions do, computed by {@link ReleaseService#sortKey}. */
    @Column(nullable = false)
    public String versionSort;

    public String name;

    @Column(nullable = false)
    public LocalDate releaseDate;

    public String notes;

    public OffsetDateTime shippedAt;

    @Column(nullable = false)
    public Long createdById;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int lockVersion;
}
