package io.caretaker.graphql;

/**
 * An ordering a connection offers: its name (written into cursors), the HQL expression over the
 * entity alias {@code e} (never null: wrap nullable columns in coalesce) and how its value travels
 * in a cursor. Rows with equal values are ordered by id, so that every ordering is total.
 */
public record SortKey(String name, String expression, CursorType type) {
}
