package io.caretaker.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.util.PSQLException;

import io.caretaker.archive.ArchiveFormat.Manifest;
import io.caretaker.archive.ArchiveFormat.SequenceEntry;
import io.caretaker.archive.ArchiveFormat.TableEntry;
import io.caretaker.users.UserService;

/**
 * Loads an archive into an empty instance in one transaction: either every row is in, with the sequences
 * where the exporting instance left them (the next bug gets the next number), or nothing is. Rows are
 * handed to PostgreSQL as the JSON they were exported as, so every type round-trips exactly.
 */
@ApplicationScoped
public class ArchiveImporter {

    public record Result(String schemaVersion, int tables, long rows) {
    }

    private static final Logger LOG = Logger.getLogger(ArchiveImporter.class);
    /** Rows per statement; also bounded by size so that a table of long articles stays within memory. */
    private static final int BATCH_ROWS = 500;
    private static final int BATCH_CHARS = 4 << 20;
    /** Serializes imports across replicas (an arbitrary constant of ours). */
    private static final long IMPORT_LOCK = 0x63617265L;
    /** The mirror of the people who sign in: the only rows an instance writes before anyone imports. */
    private static final String USERS = "app_user";

    @Inject
    DataSource dataSource;

    @Inject
    UserService users;

    public Result importArchive(Path archive, String requestedBy) {
        long started = System.nanoTime();
        try (ZipFile zip = open(archive); Connection connection = dataSource.getConnection()) {
            Manifest manifest = readManifest(zip);
            connection.setAutoCommit(false);
            try {
                Result result = load(zip, manifest, connection);
                connection.commit();
                LOG.infof("Import for %s: %d rows in %d tables in %d ms", requestedBy, result.rows(), result.tables(),
                        (System.nanoTime() - started) / 1_000_000);
                return result;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                // user ids held in memory may point at rows the import replaced, whatever the outcome
                users.forgetMirrored();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        } catch (IOException e) {
            throw ImportRejected.badArchive("The archive could not be read: " + e.getMessage());
        }
    }

    private static ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw ImportRejected.badArchive("The upload is not a ZIP archive (an export of Caretaker is one)");
        } catch (IOException e) {
            throw ImportRejected.badArchive("The archive could not be read: " + e.getMessage());
        }
    }

    private static Manifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
        if (entry == null) {
            throw ImportRejected.badArchive("This is not a Caretaker export: it has no " + ArchiveFormat.MANIFEST);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Manifest.read(in);
        }
    }

    private Result load(ZipFile zip, Manifest manifest, Connection connection) throws SQLException, IOException {
        try (Statement session = connection.createStatement()) {
            session.execute("set local time zone 'UTC'");
            session.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
        }
        String schemaVersion = ArchiveExporter.schemaVersion(connection);
        if (!schemaVersion.equals(manifest.schemaVersion())) {
            throw ImportRejected.conflict("The archive holds schema version " + manifest.schemaVersion()
                    + " and this Caretaker has version " + schemaVersion
                    + ": import it into the Caretaker release that exported it, then upgrade that one");
        }
        DatabaseTables tables = DatabaseTables.read(connection);
        checkFits(zip, manifest, tables);
        requireEmpty(connection, tables);
        try (Statement clear = connection.createStatement()) {
            clear.execute("delete from " + USERS);
        }
        for (DatabaseTables.Table table : tables.tables()) {
            TableEntry entry = manifest.tables().stream().filter(t -> t.name().equals(table.name())).findFirst().orElseThrow();
            long rows = insertRows(zip, table, connection);
            if (rows != entry.rows()) {
                throw ImportRejected.badArchive(ArchiveFormat.dataEntry(table.name()) + " holds " + rows
                        + " rows; the manifest says " + entry.rows());
            }
            LOG.debugf("Import: %s, %d rows", table.name(), rows);
        }
        for (DatabaseTables.Table table : tables.tables()) {
            if (!table.selfReferences().isEmpty()) {
                linkSelfReferences(zip, table, connection);
            }
        }
        for (SequenceEntry sequence : manifest.sequences()) {
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                setval.setString(1, sequence.name());
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.isCalled());
                setval.execute();
            } catch (PSQLException e) {
                throw ImportRejected.badArchive("Sequence " + sequence.name() + " cannot be set to "
                        + sequence.lastValue() + ": " + serverMessage(e));
            }
        }
        return new Result(schemaVersion, tables.tables().size(), manifest.rows());
    }

    /** The archive must describe exactly the tables, columns and sequences this schema version has. */
    private static void checkFits(ZipFile zip, Manifest manifest, DatabaseTables tables) {
        Map<String, TableEntry> listed = manifest.tables().stream()
                .collect(Collectors.toMap(TableEntry::name, Function.identity(), (a, b) -> {
                    throw ImportRejected.badArchive(ArchiveFormat.MANIFEST + " lists table " + a.name() + " twice");
                }, TreeMap::new));
        Set<String> expected = tables.tables().stream().map(DatabaseTables.Table::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!listed.keySet().equals(expected)) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(listed.keySet());
            Set<String> unknown = new LinkedHashSet<>(listed.keySet());
            unknown.removeAll(expected);
            throw ImportRejected.badArchive("The archive's tables do not match schema version " + manifest.schemaVersion()
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
        for (DatabaseTables.Table table : tables.tables()) {
            if (!listed.get(table.name()).columns().equals(table.columns())) {
                throw ImportRejected.badArchive("Table " + table.name() + " has columns " + table.columns()
                        + " in this schema; the archive lists " + listed.get(table.name()).columns());
            }
            if (zip.getEntry(ArchiveFormat.dataEntry(table.name())) == null) {
                throw ImportRejected.badArchive("The archive has no " + ArchiveFormat.dataEntry(table.name()));
            }
        }
        Set<String> sequences = manifest.sequences().stream().map(SequenceEntry::name).collect(Collectors.toSet());
        if (!sequences.equals(Set.copyOf(tables.sequences()))) {
            throw ImportRejected.badArchive("The archive's sequences " + sequences + " do not match this schema's "
                    + tables.sequences());
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            boolean known = name.equals(ArchiveFormat.MANIFEST)
                    || expected.stream().anyMatch(t -> ArchiveFormat.dataEntry(t).equals(name));
            if (!known) {
                throw ImportRejected.badArchive("The archive holds an entry this format does not have: " + name);
            }
        }
    }

    /** Only an instance nobody has worked in yet: people who merely signed in are replaced by the archive's. */
    private static void requireEmpty(Connection connection, DatabaseTables tables) throws SQLException {
        List<String> holdingData = new ArrayList<>();
        for (DatabaseTables.Table table : tables.tables()) {
            if (table.name().equals(USERS)) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select exists (select 1 from " + table.name() + ")")) {
                row.next();
                if (row.getBoolean(1)) {
                    holdingData.add(table.name());
                }
            }
        }
        if (!holdingData.isEmpty()) {
            throw ImportRejected.conflict("An import needs an empty Caretaker; this one holds data in "
                    + String.join(", ", holdingData) + ". Nothing was imported.");
        }
    }

    private static long insertRows(ZipFile zip, DatabaseTables.Table table, Connection connection)
            throws SQLException, IOException {
        List<String> selectList = new ArrayList<>();
        for (String column : table.columns()) {
            selectList.add(table.selfReferences().contains(column) ? "null" : column);
        }
        String sql = "insert into " + table.name() + " (" + table.columnList() + ") overriding system value select "
                + String.join(", ", selectList) + " from json_populate_recordset(null::" + table.name() + ", ?::json)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            return forEachBatch(zip, table, (batch, firstLine) -> run(insert, table, batch, firstLine, connection));
        }
    }

    /** Self-references are set once every row of the table exists, in the same batches. */
    private static void linkSelfReferences(ZipFile zip, DatabaseTables.Table table, Connection connection)
            throws SQLException, IOException {
        String key = table.primaryKey().stream().map(c -> "t." + c + " = x." + c).collect(Collectors.joining(" and "));
        String set = table.selfReferences().stream().map(c -> c + " = x." + c).collect(Collectors.joining(", "));
        String any = table.selfReferences().stream().map(c -> "x." + c + " is not null").collect(Collectors.joining(" or "));
        String sql = "update " + table.name() + " t set " + set + " from json_populate_recordset(null::" + table.name()
                + ", ?::json) x where " + key + " and (" + any + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            forEachBatch(zip, table, (batch, firstLine) -> run(update, table, batch, firstLine, connection));
        }
    }

    private interface BatchAction {
        void apply(List<String> rows, long firstLine) throws SQLException;
    }

    private static long forEachBatch(ZipFile zip, DatabaseTables.Table table, BatchAction action)
            throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(ArchiveFormat.dataEntry(table.name()));
        long line = 0;
        long rows = 0;
        List<String> batch = new ArrayList<>();
        int chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (!text.startsWith("{")) {
                    throw ImportRejected.badArchive(ArchiveFormat.dataEntry(table.name()) + " line " + line
                            + ": a row must be a JSON object");
                }
                batch.add(text);
                chars += text.length();
                rows++;
                if (batch.size() == BATCH_ROWS || chars >= BATCH_CHARS) {
                    action.apply(batch, line - batch.size() + 1);
                    batch = new ArrayList<>();
                    chars = 0;
                }
            }
        }
        if (!batch.isEmpty()) {
            action.apply(batch, line - batch.size() + 1);
        }
        return rows;
    }

    /**
     * Runs one batch; when PostgreSQL refuses it, tries its rows one by one to name the line at fault
     * (blank lines are rare enough that the line numbers of a batch are taken as consecutive).
     */
    private static void run(PreparedStatement statement, DatabaseTables.Table table, List<String> batch, long firstLine,
            Connection connection) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            statement.setString(1, "[" + String.join(",", batch) + "]");
            statement.execute();
            connection.releaseSavepoint(savepoint);
            return;
        } catch (PSQLException e) {
            connection.rollback(savepoint);
            if (batch.size() == 1) {
                throw ImportRejected.badArchive(ArchiveFormat.dataEntry(table.name()) + " line " + firstLine + ": "
                        + serverMessage(e));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            run(statement, table, List.of(batch.get(i)), firstLine + i, connection);
        }
        // each row alone went in, yet not together (e.g. two rows with one key): name the batch
        throw ImportRejected.badArchive(ArchiveFormat.dataEntry(table.name()) + " lines " + firstLine + "-"
                + (firstLine + batch.size() - 1) + ": the rows conflict with each other");
    }

    /** PostgreSQL's own sentence (which value, which constraint) without statement text or internals. */
    private static String serverMessage(PSQLException e) {
        return e.getServerErrorMessage() != null && e.getServerErrorMessage().getMessage() != null
                ? e.getServerErrorMessage().getMessage()
                : "PostgreSQL refused it";
    }
}
