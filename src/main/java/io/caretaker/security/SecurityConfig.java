package io.caretaker.security;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the roles of the OIDC provider become Caretaker's roles. */
@ConfigMapping(prefix = "caretaker.security")
public interface SecurityConfig {

    /**
     * Provider role (as found in the token's role claim, see {@code quarkus.oidc.roles.role-claim-path})
     * to the Caretaker roles it grants, e.g. {@code caretaker.security.role-mapping."ops-team"=engineer}.
     * A provider role named like one of ours ({@code viewer, reporter, engineer, admin}) grants that role
     * unless it is mapped here; any other provider role grants nothing.
     */
    Map<String, List<String>> roleMapping();

    /** How long a signed-in user's mirrored profile is trusted before it is written again (minutes). */
    @WithDefault("10")
    int userRefreshMinutes();
}
