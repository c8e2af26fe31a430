package io.caretaker.archive;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.caretaker.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Export of everything and import into an empty instance, on a database of its own holding the demo data
 * (every kind of record, a bug marked duplicate of another, confidential bugs, article revisions, ...).
 * The tests run in order: refusals first, then bad archives and the round trip on an emptied instance.
 */
@QuarkusTest
@TestProfile(ArchiveTest.DemoInstance.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveTest {

    public static class DemoInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caretaker.embedded-postgres.database", "archive", "caretaker.demo-data.enabled", "true");
        }
    }

    private static final String TRICKY_TITLE = "Quotes \" and \\ backslash, tab\t, emoji 🚒 and ünïcödé: ledger ≠ balance";

    /** The demo instance's archive, taken by the first test that needs it. */
    private static byte[] demoArchive;
    private static long highestBugNumber;

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void onlyAdminsExportAndImport() {
        given().get("/admin/export").then().statusCode(401);
        given().auth().oauth2(Tokens.of("bob")).get("/admin/export").then().statusCode(403);
        given().auth().oauth2(Tokens.of("dave")).get("/admin/export").then().statusCode(403);
        given().contentType("application/zip").body(new byte[] { 1 }).post("/admin/import").then().statusCode(401);
        given().auth().oauth2(Tokens.of("bob")).contentType("application/zip").body(archive())
                .post("/admin/import").then().statusCode(403);
    }

    @Test
    @Order(2)
    void exportHoldsEveryTableWithAManifestFirst() throws IOException {
        Map<String, byte[]> entries = unzip(archive());
        assertEquals(ArchiveFormat.MANIFEST, entries.keySet().iterator().next(), "the manifest comes first");
        JsonObject manifest = Json.createReader(new ByteArrayInputStream(entries.get(ArchiveFormat.MANIFEST))).readObject();
        assertEquals("caretaker-export", manifest.getString("format"));
        assertEquals(1, manifest.getInt("formatVersion"));
        List<String> tables = manifest.getJsonArray("tables").stream().map(t -> t.asJsonObject().getString("name")).toList();
        for (String table : List.of("app_user", "component", "bug", "bug_comment", "bug_activity", "feature_request",
                "runbook", "runbook_step", "article", "article_revision", "article_link")) {
            assertTrue(tables.contains(table), table + " is exported");
        }
        assertFalse(tables.contains("search_document"), "the search index is rebuilt, not exported");
        assertFalse(tables.contains("flyway_schema_history"));
        assertTrue(tables.indexOf("app_user") < tables.indexOf("bug"), "referenced tables come first");
        for (var table : manifest.getJsonArray("tables")) {
            String name = table.asJsonObject().getString("name");
            String data = new String(entries.get("data/" + name + ".jsonl"), StandardCharsets.UTF_8);
            assertEquals(table.asJsonObject().getInt("rows"), data.isEmpty() ? 0 : data.split("\n").length, name);
        }
        String bugs = new String(entries.get("data/bug.jsonl"), StandardCharsets.UTF_8);
        assertTrue(bugs.matches("(?s).*\"duplicate_of_id\":\\d+.*"), "a bug marked duplicate: the second pass is exercised");
        assertTrue(bugs.contains("emoji 🚒"), "text is kept as UTF-8");
        assertFalse(bugs.contains("severity_rank"), "generated columns are recomputed, not exported");
    }

    @Test
    @Order(3)
    void anInstanceWithDataRefusesAnImportAndKeepsItsData() throws SQLException {
        long bugs = count("bug");
        given().auth().oauth2(Tokens.of("alice")).contentType("application/zip").body(archive())
                .post("/admin/import")
                .then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"))
                .body("error.message", containsString("needs an empty Caretaker"))
                .body("error.message", containsString("bug"));
        assertEquals(bugs, count("bug"));
    }

    @Test
    @Order(4)
    void badArchivesAreRefusedWithTheirFaultAndWriteNothing() throws Exception {
        byte[] good = archive();
        emptyInstance();

        rejected("not a zip at all".getBytes(StandardCharsets.UTF_8), 400, "not a ZIP archive");
        rejected(zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))), 400, "has no manifest.json");
        rejected(rewrite(good, ArchiveFormat.MANIFEST, m -> m.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
                400, "format version 2");
        rejected(rewrite(good, ArchiveFormat.MANIFEST, m -> m.replaceFirst("\"schemaVersion\": \"[^\"]+\"",
                "\"schemaVersion\": \"1\"")), 409, "schema version 1");
        rejected(rewrite(good, "data/bug.jsonl", rows -> rows.replaceFirst("\n[^\n]*\n", "\n{\"id\": \"seven\"}\n")),
                400, "data/bug.jsonl line 2: invalid input syntax for type bigint");
        rejected(rewrite(good, "data/bug.jsonl", rows -> rows.substring(rows.indexOf('\n') + 1)), 400,
                "data/bug.jsonl holds");

        // earlier tables of the refused archives went in before the fault was found: all rolled back
        for (String table : List.of("app_user", "component", "release", "bug", "article")) {
            assertEquals(0, count(table), table + " stays empty");
        }
    }

    @Test
    @Order(5)
    void exportImportExportIsIdentical() throws Exception {
        byte[] first = archive();
        emptyInstance();

        given().auth().oauth2(Tokens.of("alice")).contentType("application/zip").body(first)
                .post("/admin/import")
                .then().statusCode(200)
                .body("imported.rows", equalTo((int) manifestRows(first)));

        byte[] second = export("alice");
        assertArrayEquals(first, second, "export, import, export gives the same archive");

        // the search index was rebuilt from the imported rows
        var hits = ok("dave", "query($q: String!) { search(query: $q) { totalCount nodes { object { ... on Article { title } } } } }",
                vars("q", "rate limits")).getList("data.search.nodes.object.title");
        assertTrue(hits.stream().anyMatch(t -> t != null && t.toString().contains("rate limit")), hits.toString());
        // sequences continue where the exporting instance left them
        String key = ok("carol", "mutation($t: String!) { bugCreate(input: {title: $t}) { bug { key } } }",
                vars("t", "First bug after the import")).getString("data.bugCreate.bug.key");
        assertTrue(key.endsWith("-" + (highestBugNumber + 1)), key + " follows bug number " + highestBugNumber);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private byte[] archive() {
        if (demoArchive == null) {
            ok("alice", "mutation($t: String!) { bugCreate(input: {title: $t, description: $t}) { bug { id } } }",
                    vars("t", TRICKY_TITLE));
            demoArchive = export("alice");
            try {
                highestBugNumber = scalar("select max(number) from bug");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return demoArchive;
    }

    private static byte[] export(String user) {
        Response response = given().auth().oauth2(Tokens.of(user)).get("/admin/export");
        response.then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", containsString("caretaker-export-"))
                .header("Cache-Control", equalTo("no-store"));
        return response.asByteArray();
    }

    private static void rejected(byte[] body, int status, String message) {
        given().auth().oauth2(Tokens.of("alice")).contentType("application/zip").body(body)
                .post("/admin/import")
                .then().statusCode(status)
                .body("error.message", containsString(message))
                .body("error.message", not(containsString("Exception")));
    }

    /** What a fresh instance holds: the schema, nothing else; sequences back at their start. */
    private void emptyInstance() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                    + " and tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
            List<String> sequences = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select sequencename from pg_sequences where schemaname = current_schema()")) {
                while (rows.next()) {
                    sequences.add(rows.getString(1));
                }
            }
            for (String sequence : sequences) {
                statement.execute("alter sequence " + sequence + " restart");
            }
        }
    }

    private long count(String table) throws SQLException {
        return scalar("select count(*) from " + table);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long manifestRows(byte[] archive) throws IOException {
        JsonObject manifest = Json.createReader(new ByteArrayInputStream(unzip(archive).get(ArchiveFormat.MANIFEST)))
                .readObject();
        return manifest.getJsonArray("tables").stream().mapToLong(t -> t.asJsonObject().getJsonNumber("rows").longValue())
                .sum();
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertNotNull(entries.get(ArchiveFormat.MANIFEST));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] rewrite(byte[] archive, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = unzip(archive);
        String before = new String(entries.get(entry), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the rewrite changes " + entry);
        entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }
}
