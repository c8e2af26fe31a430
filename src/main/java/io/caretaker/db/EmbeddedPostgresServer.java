package io.caretaker.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts (once per JVM) the embedded PostgreSQL 17 of dev mode and tests.
 *
 * <p>Dev mode keeps its data in a persistent directory so that demo data and whatever a developer
 * created survive restarts; a test run gets a fresh temporary directory. The running URL lives in a
 * system property and the start is guarded by a lock on an interned string, not a static field:
 * live reload replaces the class loader, and a second copy of this class must find the server that
 * the first one started instead of starting another on the same data directory.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String RUNNING_URL_PROPERTY = "caretaker.embedded-postgres.running-url";
    private static final String START_LOCK = "caretaker.embedded-postgres.start-lock";
    private static final String DEFAULT_DEV_DATA_DIR = ".caretaker/dev-postgres";
    private static final String DEFAULT_DATABASE = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    /** zonky's own lock file inside the data directory, held while a server it started is in use. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private EmbeddedPostgresServer() {
    }

    /**
     * The URL of a database of the embedded server, started on first use. {@code database} other than
     * {@code postgres} is created on first use too: a test profile can work on a database of its own
     * without a second server.
     */
    static String jdbcUrl(boolean persistent, String configuredDataDir, String database) {
        String server = serverUrl(persistent, configuredDataDir);
        if (database == null || database.equals(DEFAULT_DATABASE)) {
            return server;
        }
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("caretaker.embedded-postgres.database must match " + DATABASE_NAME.pattern()
                    + ", got '" + database + "'");
        }
        String marker = RUNNING_URL_PROPERTY + "." + database;
        synchronized (START_LOCK.intern()) {
            if (System.getProperty(marker) == null) {
                createDatabaseIfMissing(server, database);
                System.setProperty(marker, "created");
            }
        }
        return server.replace("/" + DEFAULT_DATABASE + "?", "/" + database + "?");
    }

    private static String serverUrl(boolean persistent, String configuredDataDir) {
        String running = System.getProperty(RUNNING_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        synchronized (START_LOCK.intern()) {
            running = System.getProperty(RUNNING_URL_PROPERTY);
            if (running != null) {
                return running;
            }
            String url = start(persistent, configuredDataDir);
            System.setProperty(RUNNING_URL_PROPERTY, url);
            return url;
        }
    }

    private static void createDatabaseIfMissing(String serverUrl, String database) {
        try (Connection connection = new org.postgresql.Driver().connect(serverUrl, new Properties());
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name is checked against DATABASE_NAME above: safe to splice
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database '" + database + "': " + e.getMessage(), e);
        }
    }

    private static String start(boolean persistent, String configuredDataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            Path dataDir;
            if (persistent) {
                dataDir = Path.of(configuredDataDir != null ? configuredDataDir : DEFAULT_DEV_DATA_DIR).toAbsolutePath();
                Files.createDirectories(dataDir);
                stopOrphanedServer(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            } else {
                dataDir = Files.createTempDirectory("caretaker-test-postgres");
                // A test database is thrown away: trade durability for speed.
                builder.setDataDirectory(dataDir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "caretaker-embedded-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            LOG.infof("Embedded PostgreSQL started in %d ms on port %d, data in %s",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), postgres.getPort(), dataDir);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Configure quarkus.datasource.jdbc.url to use an external server instead.", e);
        }
    }

    /**
     * zonky detaches PostgreSQL through pg_ctl, so a JVM killed with SIGKILL leaves a server running on
     * the data directory and the next start fails. If zonky's lock can be taken, no live JVM owns that
     * server: stop it (only if the pid really is a postgres process).
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = raf.getChannel();
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("another process uses the data directory " + dataDir
                        + " (is a second dev mode running?)");
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IOException("this JVM already uses the data directory " + dataDir, e);
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warnf("Stopping an orphaned embedded PostgreSQL (pid %d) left on %s by an earlier run", pid, dataDir);
        ProcessHandle orphan = process.get();
        orphan.destroy();
        try {
            orphan.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.destroyForcibly();
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
