package io.caretaker.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the packaged application needs around it when {@code @QuarkusIntegrationTest} launches it (the native
 * executable in CI): it runs in production mode, so it gets a database URL and an identity provider the way
 * a deployment does. The database is a fresh one on the embedded PostgreSQL; the provider is a real Keycloak
 * with the test realm — the one at {@code caretaker.it.keycloak-url} when CI already runs it, otherwise one
 * started here with {@code .ci/keycloak} and stopped afterwards.
 */
public class IntegrationTestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String KEYCLOAK_URL = "caretaker.it.keycloak-url";
    /** The JDBC URL of the database the launched application uses, for a second instance on the same one. */
    public static final String DATABASE_URL = "caretaker.it.database-url";
    /** A job that fires every two seconds, so that tests see the clustered scheduler at work. */
    public static final String FAST_JOB_CADENCE = "2s";
    private static final int KEYCLOAK_PORT = 8180;

    private boolean startedKeycloak;

    @Override
    public Map<String, String> start() {
        String database = EmbeddedPostgresServer.jdbcUrl(false, null, "integration");
        String keycloak = System.getProperty(KEYCLOAK_URL);
        if (keycloak == null || keycloak.isBlank()) {
            keycloak = "http://localhost:" + KEYCLOAK_PORT;
            run("start", String.valueOf(KEYCLOAK_PORT));
            startedKeycloak = true;
        }
        System.setProperty(KEYCLOAK_URL, keycloak);
        System.setProperty(DATABASE_URL, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", database,
                "quarkus.oidc.auth-server-url", keycloak + "/realms/caretaker",
                "quarkus.oidc.client-id", "caretaker-test",
                "caretaker.demo-data.enabled", "true",
                "caretaker.runbooks.drill-check-every", FAST_JOB_CADENCE,
                "quarkus.log.category.\"io.caretaker.jobs\".level", "DEBUG");
    }

    @Override
    public void stop() {
        if (startedKeycloak) {
            run("stop");
        }
    }

    private static void run(String... arguments) {
        Path script = Path.of(".ci", "keycloak").toAbsolutePath();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("Cannot start Keycloak: " + script + " is missing");
        }
        String[] command = new String[arguments.length + 1];
        command[0] = script.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                throw new IllegalStateException(".ci/keycloak " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run .ci/keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running .ci/keycloak", e);
        }
    }
}
