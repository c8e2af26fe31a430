package io.caretaker.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The four roles of Caretaker, as used in {@code @RolesAllowed}. Each role includes the ones below
 * it: an admin is also an engineer, a reporter and a viewer. {@link CaretakerRolesAugmentor} grants
 * the included roles, so that {@code @RolesAllowed(Roles.REPORTER)} admits reporters, engineers and
 * admins without listing them.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REPORTER = "reporter";
    public static final String ENGINEER = "engineer";
    public static final String ADMIN = "admin";

    /** Lowest first. */
    public static final List<String> ALL = List.of(VIEWER, REPORTER, ENGINEER, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String name) {
        return ALL.contains(name);
    }

    /** The role and all the roles it includes. */
    public static Set<String> withIncluded(String role) {
        Set<String> roles = new LinkedHashSet<>();
        int rank = ALL.indexOf(role);
        for (int i = 0; i <= rank; i++) {
            roles.add(ALL.get(i));
        }
        return roles;
    }
}
