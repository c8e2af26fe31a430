package io.caretaker.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.caretaker.archive.ArchiveFormat.Manifest;
import io.caretaker.archive.ArchiveFormat.SequenceEntry;
import io.caretaker.archive.ArchiveFormat.TableEntry;

/**
 * Writes the whole database as an archive while it is streamed to the caller: rows go out as PostgreSQL
 * reads them (a cursor, never the whole table in memory), all tables from one snapshot, so that the archive
 * is consistent even while people keep working.
 */
@ApplicationScoped
public class ArchiveExporter {

    private static final Logger LOG = Logger.getLogger(ArchiveExporter.class);
    private static final int FETCH_SIZE = 1000;

    @Inject
    DataSource dataSource;

    public void export(OutputStream target, String requestedBy) throws IOException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                // one snapshot for every table; values written the same way whatever the server's settings
                session.execute("set transaction isolation level repeatable read, read only");
                session.execute("set local time zone 'UTC'");
                session.execute("set local extra_float_digits = 1");
            }
            DatabaseTables tables = DatabaseTables.read(connection);
            Manifest manifest = manifest(connection, tables);
            LOG.infof("Export for %s: %d rows in %d tables, schema version %s", requestedBy, manifest.rows(),
                    manifest.tables().size(), manifest.schemaVersion());
            ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            put(zip, ArchiveFormat.MANIFEST);
            zip.write(manifest.toJson());
            zip.closeEntry();
            for (DatabaseTables.Table table : tables.tables()) {
                put(zip, ArchiveFormat.dataEntry(table.name()));
                writeRows(connection, table, zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
            connection.rollback();
            LOG.infof("Export for %s written in %d ms", requestedBy, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IOException("Export failed while reading the database", e);
        }
    }

    static Manifest manifest(Connection connection, DatabaseTables tables) throws SQLException {
        List<TableEntry> tableEntries = new ArrayList<>();
        for (DatabaseTables.Table table : tables.tables()) {
            tableEntries.add(new TableEntry(table.name(), count(connection, table.name()), table.columns()));
        }
        List<SequenceEntry> sequenceEntries = new ArrayList<>();
        for (String sequence : tables.sequences()) {
            // names come from the catalog, not from a caller
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select last_value, is_called from " + sequence)) {
                row.next();
                sequenceEntries.add(new SequenceEntry(sequence, row.getLong(1), row.getBoolean(2)));
            }
        }
        return new Manifest(schemaVersion(connection), List.copyOf(tableEntries), List.copyOf(sequenceEntries));
    }

    /** The version of the newest migration applied: an archive imports only into the same schema. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select version from flyway_schema_history where success and version is not null"
                                + " order by installed_rank desc limit 1")) {
            if (!row.next()) {
                throw new IllegalStateException("The database has no applied migrations");
            }
            return row.getString(1);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void put(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ArchiveFormat.ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    private static void writeRows(Connection connection, DatabaseTables.Table table, OutputStream out)
            throws SQLException, IOException {
        String sql = "select row_to_json(r)::text from (select " + table.columnList() + " from " + table.name()
                + " order by " + String.join(", ", table.primaryKey()) + ") r";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.write(rows.getString(1).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        }
    }
}
