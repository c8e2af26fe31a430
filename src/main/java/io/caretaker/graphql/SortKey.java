package io.caretaker.graphql;

import java.util.List;

/**
 * An ordering a connection offers: its name (written into cursors) and one or more HQL expressions over
 * the entity alias {@code e} (never null: wrap nullable columns in coalesce), all sorted in the same
 * direction. Rows with equal values are ordered by id, so that every ordering is total.
 */
public record SortKey(String name, List<Column> columns) {

    /** One expression of an ordering and how its value travels in a cursor. */
    public record Column(String expression, CursorType type) {
    }

    public SortKey(String name, String expression, CursorType type) {
        this(name, List.of(new Column(expression, type)));
    }

    public SortKey {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an ordering needs at least one expression");
        }
        columns = List.copyOf(columns);
    }
}
