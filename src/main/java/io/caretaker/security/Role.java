package io.caretaker.security;

import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;

@Description("A role of Caretaker; each includes the ones listed before it.")
public enum Role {
    @Description("Reads the knowledge base, runbooks, feature requests and non-confidential bugs.")
    VIEWER,
    @Description("Also reports bugs, comments, requests and votes on features.")
    REPORTER,
    @Description("Also triages, assigns and transitions bugs, scores features, writes the knowledge base and runbooks, runs executions.")
    ENGINEER,
    @Description("Also manages components, escalation policies, webhooks, the audit log, imports, exports and deletes.")
    ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String roleName) {
        return valueOf(roleName.toUpperCase(Locale.ROOT));
    }
}
