package io.caretaker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An upgrade keeps every record: a database populated at the first released schema (migrations V1 to V6,
 * data in src/test/resources/upgrade/first-release-data.sql) is migrated to the current schema, and every
 * row still holds what it held, column by column. On a database of its own on the embedded server.
 */
class UpgradeTest {

    /** The schema of Caretaker's first release: the foundation's migrations. */
    static final String FIRST_RELEASED_SCHEMA = "6";

    @Test
    void migratingFromTheFirstReleasedSchemaKeepsEveryRecord() throws Exception {
        String url = EmbeddedPostgresServer.jdbcUrl(false, null, "upgrade");
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists public cascade");
                statement.execute("create schema public");
            }
            flyway(url).target(FIRST_RELEASED_SCHEMA).load().migrate();
            try (Statement statement = connection.createStatement()) {
                statement.execute(fixture());
            }
            Map<String, List<String>> firstColumns = columns(connection);
            Map<String, List<String>> before = rows(connection, firstColumns);
            assertTrue(before.values().stream().allMatch(rows -> !rows.isEmpty()), "the fixture fills every table: " + before.keySet());

            var result = flyway(url).load().migrate();
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted > 0, "there were migrations to apply");

            Map<String, List<String>> after = rows(connection, firstColumns);
            for (String table : before.keySet()) {
                assertEquals(before.get(table), after.get(table), "rows of " + table + " after the upgrade");
            }
            // what later migrations derive from the old rows: watchers of old bugs, search documents of live articles
            assertEquals(2L, scalar(connection, "select count(*) from search_document where type = 'ARTICLE'"));
            assertEquals(4L, scalar(connection, "select count(*) from search_document where type = 'BUG'"));
            assertEquals(1L, scalar(connection, "select count(*) from search_document where type = 'RUNBOOK'"
                    + " and body like '%Compare row counts%'"), "the runbook is searchable by its current steps");
            assertTrue(scalar(connection, "select count(*) from bug_watcher") >= 4, "reporters watch their old bugs");
            // numbering continues after the old bugs
            assertEquals(5L, scalar(connection, "select nextval('bug_number_seq')"));
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
    }

    private static String fixture() throws IOException {
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/first-release-data.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The columns of every table but Flyway's. */
    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                        + " where table_schema = 'public' and table_name <> 'flyway_schema_history'"
                        + " order by table_name, ordinal_position")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return columns;
    }

    /** Every row of these tables, with these columns only, as JSON, in a stable order. */
    private static Map<String, List<String>> rows(Connection connection, Map<String, List<String>> columns)
            throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        for (var table : columns.entrySet()) {
            all.put(table.getKey(), select(connection, table.getKey(), table.getValue()));
        }
        return all;
    }

    private static List<String> select(Connection connection, String table, List<String> columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select row_to_json(r)::text from (select "
                        + String.join(", ", columns) + " from " + table + " order by "
                        + String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns.size()).mapToObj(String::valueOf).toList())
                        + ") r")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
