package io.caretaker.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an archive holds, read from the database's own catalog rather than listed by hand: every table of
 * Caretaker's schema except the ones {@link ArchiveFormat#isLeftOut left out}, with the columns that hold
 * data (generated columns are recomputed), in an order where every table comes after the tables it
 * references. A table added by a later migration is therefore exported and imported without code here.
 */
record DatabaseTables(List<Table> tables, List<String> sequences) {

    /**
     * One table: its stored columns in catalog order, its primary key (the archive's row order), and the
     * columns that reference the table itself (a bug marked duplicate of a newer bug): those are written
     * in a second pass, once every row exists.
     */
    record Table(String name, List<String> columns, List<String> primaryKey, List<String> selfReferences) {

        String columnList() {
            return String.join(", ", columns);
        }
    }

    static DatabaseTables read(Connection connection) throws SQLException {
        Map<String, List<String>> columns = columns(connection);
        Map<String, List<String>> primaryKeys = primaryKeys(connection);
        Map<String, Set<String>> references = new TreeMap<>();
        Map<String, List<String>> selfReferences = new TreeMap<>();
        foreignKeys(connection, columns.keySet(), references, selfReferences);
        List<Table> tables = new ArrayList<>();
        for (String name : dependencyOrder(columns.keySet(), references)) {
            tables.add(new Table(name, columns.get(name), primaryKeys.getOrDefault(name, columns.get(name)),
                    selfReferences.getOrDefault(name, List.of())));
        }
        return new DatabaseTables(List.copyOf(tables), sequences(connection));
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname
                from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                order by c.relname, a.attnum""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!ArchiveFormat.isLeftOut(table)) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return columns;
    }

    private static Map<String, List<String>> primaryKeys(Connection connection) throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname
                from pg_index i
                join pg_class c on c.oid = i.indrelid
                join lateral unnest(i.indkey) with ordinality k(attnum, position) on true
                join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                where i.indisprimary and c.relnamespace = current_schema()::regnamespace
                order by c.relname, k.position""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return keys;
    }

    private static void foreignKeys(Connection connection, Set<String> tables, Map<String, Set<String>> references,
            Map<String, List<String>> selfReferences) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, r.relname, a.attname
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_class r on r.oid = k.confrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace
                order by c.relname, a.attnum""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String referenced = rows.getString(2);
                if (!tables.contains(table)) {
                    continue;
                }
                if (!tables.contains(referenced)) {
                    throw new IllegalStateException("Table " + table + " references " + referenced
                            + ", which the archive leaves out: its rows could not be imported");
                }
                if (table.equals(referenced)) {
                    selfReferences.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(3));
                } else {
                    references.computeIfAbsent(table, t -> new TreeSet<>()).add(referenced);
                }
            }
        }
    }

    /** Referenced tables first; among tables free to go, alphabetical, so that the order is stable. */
    private static List<String> dependencyOrder(Set<String> tables, Map<String, Set<String>> references) {
        Map<String, Set<String>> waitingFor = new LinkedHashMap<>();
        for (String table : tables) {
            waitingFor.put(table, new TreeSet<>(references.getOrDefault(table, Set.of())));
        }
        List<String> order = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            String next = waitingFor.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tables reference each other in a cycle: " + waitingFor));
            waitingFor.remove(next);
            waitingFor.values().forEach(w -> w.remove(next));
            order.add(next);
        }
        return order;
    }

    private static List<String> sequences(Connection connection) throws SQLException {
        Set<String> sequences = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind = 'S'
                order by c.relname""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!ArchiveFormat.isLeftOut(rows.getString(1))) {
                    sequences.add(rows.getString(1));
                }
            }
        }
        return List.copyOf(sequences);
    }
}
