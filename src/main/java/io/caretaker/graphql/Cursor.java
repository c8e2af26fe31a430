package io.caretaker.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.vertx.core.json.JsonArray;

/**
 * Keyset cursors: the name of the ordering, the row id (tie-breaker) and the sort values of the row.
 * A cursor names its ordering so that a cursor of one order used with another is a clear error.
 */
public record Cursor(long id, List<Object> values) {

    private static final char SEPARATOR = '|';

    public static String encode(String ordering, long id, List<Object> values, List<CursorType> types) {
        JsonArray written = new JsonArray();
        for (int i = 0; i < values.size(); i++) {
            written.add(values.get(i) == null ? null : types.get(i).write(values.get(i)));
        }
        String raw = ordering + SEPARATOR + id + SEPARATOR + written.encode();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String ordering, long id, Object value, CursorType type) {
        return encode(ordering, id, java.util.Collections.singletonList(value), List.of(type));
    }

    public static Cursor decode(String cursor, String ordering, List<CursorType> types) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int second = raw.indexOf(SEPARATOR, first + 1);
            if (first < 0 || second < 0) {
                throw invalid(cursor);
            }
            if (!raw.substring(0, first).equals(ordering)) {
                throw ApiError.badUserInput("The cursor '" + cursor + "' belongs to another ordering of this list;"
                        + " page with the cursors of the ordering you request.");
            }
            long id = Long.parseLong(raw.substring(first + 1, second));
            JsonArray written = new JsonArray(raw.substring(second + 1));
            if (written.size() != types.size()) {
                throw invalid(cursor);
            }
            List<Object> values = new ArrayList<>(types.size());
            for (int i = 0; i < types.size(); i++) {
                String text = written.getString(i);
                values.add(text == null ? null : types.get(i).read(text));
            }
            return new Cursor(id, values);
        } catch (ApiError e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(cursor);
        }
    }

    public static Cursor decode(String cursor, String ordering, CursorType type) {
        return decode(cursor, ordering, List.of(type));
    }

    /** The value of a single-column ordering. */
    public Object value() {
        return values.get(0);
    }

    private static ApiError invalid(String cursor) {
        return ApiError.badUserInput("'" + cursor + "' is not a valid cursor.");
    }
}
