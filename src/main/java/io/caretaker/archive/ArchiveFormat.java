package io.caretaker.archive;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * The export archive, version 1 (documented in docs/operations.md, "Export and import"): a ZIP file with
 * {@code manifest.json} first, then one {@code data/<table>.jsonl} per table, one JSON object per row as
 * PostgreSQL's {@code row_to_json} writes it, in primary-key order. Nothing in it depends on when or where it
 * was written (no time stamps, fixed entry times), so that two exports of the same data are the same bytes.
 */
final class ArchiveFormat {

    static final String FORMAT = "caretaker-export";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String MEDIA_TYPE = "application/zip";
    /** ZIP entries carry a time; a fixed one keeps archives of the same data identical. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * Not data of their own: Flyway's history (the archive names the schema version instead) and the search
     * index, which triggers rebuild from the imported rows. Quartz keeps scheduler state under qrtz_: it
     * rebuilds its jobs at start-up.
     */
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "search_document");

    private ArchiveFormat() {
    }

    static boolean isLeftOut(String relation) {
        return LEFT_OUT.contains(relation) || relation.startsWith("qrtz_");
    }

    static String dataEntry(String table) {
        return "data/" + table + ".jsonl";
    }

    record TableEntry(String name, long rows, List<String> columns) {
    }

    record SequenceEntry(String name, long lastValue, boolean isCalled) {
    }

    record Manifest(String schemaVersion, List<TableEntry> tables, List<SequenceEntry> sequences) {

        long rows() {
            return tables.stream().mapToLong(TableEntry::rows).sum();
        }

        byte[] toJson() {
            JsonArrayBuilder tableArray = Json.createArrayBuilder();
            for (TableEntry table : tables) {
                tableArray.add(Json.createObjectBuilder()
                        .add("name", table.name())
                        .add("file", dataEntry(table.name()))
                        .add("rows", table.rows())
                        .add("columns", Json.createArrayBuilder(table.columns())));
            }
            JsonArrayBuilder sequenceArray = Json.createArrayBuilder();
            for (SequenceEntry sequence : sequences) {
                sequenceArray.add(Json.createObjectBuilder()
                        .add("name", sequence.name())
                        .add("lastValue", sequence.lastValue())
                        .add("isCalled", sequence.isCalled()));
            }
            JsonObject manifest = Json.createObjectBuilder()
                    .add("format", FORMAT)
                    .add("formatVersion", VERSION)
                    .add("schemaVersion", schemaVersion)
                    .add("tables", tableArray)
                    .add("sequences", sequenceArray)
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, StandardCharsets.UTF_8)) {
                writer.writeObject(manifest);
            }
            out.write('\n');
            return out.toByteArray();
        }

        /** Reads and checks a manifest; anything missing or of the wrong kind is the archive's fault. */
        static Manifest read(InputStream in) {
            JsonObject json;
            try (JsonReader reader = Json.createReader(in)) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw ImportRejected.badArchive(MANIFEST + " is not a JSON object");
            }
            if (!FORMAT.equals(string(json, "format"))) {
                throw ImportRejected.badArchive("This is not a Caretaker export: " + MANIFEST + " has no \"format\": \""
                        + FORMAT + "\"");
            }
            long version = number(json, "formatVersion", MANIFEST);
            if (version != VERSION) {
                throw ImportRejected.badArchive("The archive is in format version " + version
                        + "; this Caretaker reads version " + VERSION);
            }
            String schemaVersion = string(json, "schemaVersion");
            if (schemaVersion == null) {
                throw ImportRejected.badArchive(MANIFEST + " names no schemaVersion");
            }
            List<TableEntry> tables = new ArrayList<>();
            for (JsonObject table : objects(json, "tables")) {
                String name = string(table, "name");
                if (name == null) {
                    throw ImportRejected.badArchive(MANIFEST + ": a table without a name");
                }
                List<String> columns = new ArrayList<>();
                for (JsonValue column : array(table, "columns", "table " + name)) {
                    if (!(column instanceof JsonString s)) {
                        throw ImportRejected.badArchive(MANIFEST + ": table " + name + " has a column name that is not a string");
                    }
                    columns.add(s.getString());
                }
                tables.add(new TableEntry(name, number(table, "rows", "table " + name), List.copyOf(columns)));
            }
            List<SequenceEntry> sequences = new ArrayList<>();
            for (JsonObject sequence : objects(json, "sequences")) {
                String name = string(sequence, "name");
                if (name == null || !(sequence.get("isCalled") instanceof JsonValue called)
                        || (called != JsonValue.TRUE && called != JsonValue.FALSE)) {
                    throw ImportRejected.badArchive(MANIFEST + ": a sequence needs a name, lastValue and isCalled");
                }
                sequences.add(new SequenceEntry(name, number(sequence, "lastValue", "sequence " + name),
                        called == JsonValue.TRUE));
            }
            return new Manifest(schemaVersion, List.copyOf(tables), List.copyOf(sequences));
        }

        private static String string(JsonObject json, String key) {
            return json.get(key) instanceof JsonString s ? s.getString() : null;
        }

        private static long number(JsonObject json, String key, String where) {
            if (!(json.get(key) instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
                throw ImportRejected.badArchive(MANIFEST + ": " + where + " needs a whole number \"" + key + "\"");
            }
            return n.longValue();
        }

        private static List<JsonValue> array(JsonObject json, String key, String where) {
            if (!(json.get(key) instanceof jakarta.json.JsonArray a)) {
                throw ImportRejected.badArchive(MANIFEST + ": " + where + " needs a list \"" + key + "\"");
            }
            return a;
        }

        private static List<JsonObject> objects(JsonObject json, String key) {
            List<JsonObject> objects = new ArrayList<>();
            for (JsonValue value : array(json, key, "the manifest")) {
                if (!(value instanceof JsonObject o)) {
                    throw ImportRejected.badArchive(MANIFEST + ": \"" + key + "\" holds something that is not an object");
                }
                objects.add(o);
            }
            return objects;
        }
    }
}
