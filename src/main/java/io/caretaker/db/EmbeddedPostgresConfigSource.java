package io.caretaker.db;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The single key this source offers is the JDBC URL; the server starts the first time anyone asks
 * for it, so that a build that never opens the datasource never starts PostgreSQL.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    /** Below application.properties (250), env (300) and system properties (400): anything configured wins. */
    static final int ORDINAL = 50;

    private final boolean persistent;
    private final String dataDir;
    private final String database;

    EmbeddedPostgresConfigSource(boolean persistent, String dataDir, String database) {
        this.persistent = persistent;
        this.dataDir = dataDir;
        this.database = database;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedPostgresConfigSourceFactory.URL_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        // Listing properties must not start a server; only an explicit lookup does.
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!EmbeddedPostgresConfigSourceFactory.URL_KEY.equals(propertyName)) {
            return null;
        }
        return EmbeddedPostgresServer.jdbcUrl(persistent, dataDir, database);
    }

    @Override
    public String getName() {
        return "caretaker-embedded-postgresql";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
