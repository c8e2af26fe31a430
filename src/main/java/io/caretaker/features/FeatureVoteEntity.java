package io.caretaker.features;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One user's vote for a feature request; the database allows one per user and request. */
@Entity
@Table(name = "feature_vote")
public class FeatureVoteEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long featureRequestId;

    @Column(nullable = false)
    public Long userId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
