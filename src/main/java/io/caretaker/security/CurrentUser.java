package io.caretaker.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.caretaker.users.UserService;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user of this request: roles from the token, and the id of the mirrored user row,
 * created or refreshed on first use (see {@link UserService#mirror}).
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    private Long id;

    public long id() {
        if (id == null) {
            id = users.mirror(TokenProfile.of(identity));
        }
        return id;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** Engineers and admins see every bug; everyone else only the non-confidential ones and their own. */
    public boolean seesAllConfidentialBugs() {
        return has(Roles.ENGINEER);
    }
}
