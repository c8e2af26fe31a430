package io.caretaker.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Replaces the provider's roles with Caretaker's: mapped through {@link SecurityConfig#roleMapping()},
 * then widened with the roles each one includes. Nothing of the provider's role names survives, so a
 * group that happens to be called like one of our roles can be mapped away.
 */
@ApplicationScoped
public class CaretakerRolesAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(CaretakerRolesAugmentor.class);

    private final Map<String, List<String>> mapping;

    @Inject
    CaretakerRolesAugmentor(SecurityConfig config) {
        this.mapping = config.roleMapping();
        mapping.forEach((providerRole, roles) -> roles.stream().filter(r -> !Roles.isRole(r)).forEach(r -> LOG.warnf(
                "caretaker.security.role-mapping.\"%s\" names '%s', which is not a Caretaker role (%s); it is ignored",
                providerRole, r, Roles.ALL)));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = caretakerRoles(identity.getRoles());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(granted)
                .setAnonymous(false);
        return Uni.createFrom().item(builder.build());
    }

    Set<String> caretakerRoles(Set<String> providerRoles) {
        Set<String> roles = new LinkedHashSet<>();
        for (String providerRole : providerRoles) {
            List<String> mapped = mapping.get(providerRole);
            if (mapped != null) {
                mapped.stream().filter(Roles::isRole).forEach(r -> roles.addAll(Roles.withIncluded(r)));
            } else if (Roles.isRole(providerRole)) {
                roles.addAll(Roles.withIncluded(providerRole));
            }
        }
        return roles;
    }
}
