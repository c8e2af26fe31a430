package io.caretaker.users;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person or service account as last seen in a token. The OIDC provider stays the source of truth. */
@Entity
@Table(name = "app_user")
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The token's {@code sub}: stable per provider, never shown. */
    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false)
    public String name;

    public String email;

    /** Caretaker roles held when last seen. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles;

    @Column(nullable = false)
    public OffsetDateTime firstSeenAt;

    @Column(nullable = false)
    public OffsetDateTime lastSeenAt;
}
