package io.caretaker.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset cursors: the name of the ordering, the row id (tie-breaker) and the sort value of the row.
 * A cursor names its ordering so that a cursor of one order used with another is a clear error.
 */
public record Cursor(long id, Object value) {

    private static final char SEPARATOR = '|';

    public static String encode(String ordering, long id, Object value, CursorType type) {
        String raw = ordering + SEPARATOR + id + SEPARATOR + (value == null ? "" : type.write(value));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor, String ordering, CursorType type) {
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
            String text = raw.substring(second + 1);
            return new Cursor(id, text.isEmpty() ? null : type.read(text));
        } catch (ApiError e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(cursor);
        }
    }

    private static ApiError invalid(String cursor) {
        return ApiError.badUserInput("'" + cursor + "' is not a valid cursor.");
    }
}
