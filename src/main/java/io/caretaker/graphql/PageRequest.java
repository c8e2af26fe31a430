package io.caretaker.graphql;

/**
 * The pagination arguments of a connection, checked once for every list of the API.
 *
 * <p>Forward ({@code first/after}) or backward ({@code last/before}); {@code first} defaults to
 * {@value #DEFAULT_SIZE} and neither may exceed {@value #MAX_SIZE}: a larger page is a clear error,
 * not a silently shortened one.
 */
public record PageRequest(int size, String after, String before, boolean backward) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    /** Argument descriptions shared by every connection field. */
    public static final String FIRST_DOC = "Page size from the start of the list: default 50, at most 100.";
    public static final String AFTER_DOC = "Cursor of the item to continue after (a previous pageInfo.endCursor).";
    public static final String LAST_DOC = "Page size from the end of the list: at most 100.";
    public static final String BEFORE_DOC = "Cursor of the item to continue before (a previous pageInfo.startCursor).";

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw ApiError.badUserInput("Pass either 'first' or 'last', not both.");
        }
        checkSize("first", first);
        checkSize("last", last);
        if (last != null && after != null) {
            throw ApiError.badUserInput("'after' goes with 'first'; use 'before' with 'last'.");
        }
        if (first != null && before != null) {
            throw ApiError.badUserInput("'before' goes with 'last'; use 'after' with 'first'.");
        }
        if (last != null || (before != null && first == null)) {
            return new PageRequest(last != null ? last : DEFAULT_SIZE, null, before, true);
        }
        return new PageRequest(first != null ? first : DEFAULT_SIZE, after, null, false);
    }

    /** The cursor this page starts from, in the direction of reading. */
    public String cursor() {
        return backward ? before : after;
    }

    private static void checkSize(String argument, Integer value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            throw ApiError.badUserInput("'" + argument + "' must not be negative.");
        }
        if (value > MAX_SIZE) {
            throw ApiError.badUserInput("'" + argument + "' must be at most " + MAX_SIZE + " (got " + value
                    + "); page through larger lists with cursors.");
        }
    }
}
