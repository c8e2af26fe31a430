package io.caretaker.security;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** What a token says about its user, as mirrored into the users table. */
public record TokenProfile(String subject, String name, String email, List<String> roles) {

    public static TokenProfile of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        String subject = principal.getName();
        String name = null;
        String email = null;
        if (principal instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            Object nameClaim = jwt.getClaim("name");
            Object usernameClaim = jwt.getClaim("preferred_username");
            Object emailClaim = jwt.getClaim("email");
            name = firstText(nameClaim, usernameClaim);
            email = firstText(emailClaim);
        }
        return new TokenProfile(subject, name != null ? name : subject, email, ordered(identity.getRoles()));
    }

    private static String firstText(Object... claims) {
        for (Object claim : claims) {
            if (claim != null && !claim.toString().isBlank()) {
                String text = claim.toString();
                // JSON string claims may arrive quoted, depending on how the token was parsed
                return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
            }
        }
        return null;
    }

    private static List<String> ordered(Set<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).toList();
    }
}
