package io.caretaker.users;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;
import io.caretaker.security.Role;
import io.caretaker.security.Roles;

@Type("User")
@Description("A person or service account, as last seen in a token from the identity provider.")
public record User(
        @Id @NonNull String id,
        @NonNull @Description("Display name from the token (name, else preferred username).") String name,
        @Description("Email address from the token, if it carries one.") String email,
        @NonNull @Description("Caretaker roles held when last seen.") List<@NonNull Role> roles,
        @NonNull @Description("When this user was first seen.") OffsetDateTime firstSeenAt,
        @NonNull @Description("When this user was last seen (updated at most every few minutes).") OffsetDateTime lastSeenAt)
        implements Node {

    public static final String TYPE = "User";

    static User of(UserEntity e) {
        List<Role> roles = Arrays.stream(e.roles).filter(Roles::isRole).map(Role::of).toList();
        return new User(GlobalId.encode(TYPE, e.id), e.name, e.email, roles, e.firstSeenAt, e.lastSeenAt);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }

    /** The database id, for services that receive a User from elsewhere. */
    public long dbId() {
        return GlobalId.decode(id, TYPE).orElseThrow();
    }
}
