package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the user errors of one mutation. Validation helpers return the cleaned value (trimmed,
 * blank as null) so that a service validates and normalises its input in one pass, and changes
 * nothing when {@link #any()} is true.
 */
public final class UserErrors {

    private final List<UserError> errors = new ArrayList<>();

    public UserErrors add(UserErrorCode code, String message, String... field) {
        errors.add(new UserError(field.length == 0 ? null : List.of(field), message, code));
        return this;
    }

    /** Adds another collection's errors after this one's, e.g. per-item errors in item order. */
    public UserErrors addAll(UserErrors other) {
        errors.addAll(other.errors);
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }

    public static List<UserError> single(UserErrorCode code, String message, String... field) {
        return new UserErrors().add(code, message, field).list();
    }

    /** A required single-line or multi-line text: trimmed, not blank, at most {@code max} characters. */
    public String required(String value, int max, String... field) {
        String cleaned = clean(value);
        if (cleaned == null) {
            add(UserErrorCode.REQUIRED, label(field) + " is required.", field);
            return null;
        }
        return withinLength(cleaned, max, field);
    }

    /** An optional text: trimmed, blank becomes null, at most {@code max} characters. */
    public String optional(String value, int max, String... field) {
        String cleaned = clean(value);
        return cleaned == null ? null : withinLength(cleaned, max, field);
    }

    public <T> T requirePresent(T value, String... field) {
        if (value == null) {
            add(UserErrorCode.REQUIRED, label(field) + " is required.", field);
        }
        return value;
    }

    /**
     * Resolves an id given in the input to the database id of an object of the expected type that the
     * caller can see; a user error (NOT_FOUND) otherwise.
     */
    public Long reference(String globalId, String type, Function<Long, Boolean> exists, String... field) {
        if (globalId == null || globalId.isBlank()) {
            return null;
        }
        Optional<Long> id = GlobalId.decode(globalId, type);
        if (id.isEmpty() || !exists.apply(id.get())) {
            add(UserErrorCode.NOT_FOUND, "No " + type + " with id '" + globalId + "'.", field);
            return null;
        }
        return id.get();
    }

    public void checkVersion(int expected, int actual, String what) {
        if (expected != actual) {
            add(UserErrorCode.CONFLICT, "This " + what + " was changed by someone else since you read it (you sent version "
                    + expected + ", it is now at version " + actual + "). Read it again and retry.", "input", "version");
        }
    }

    private String withinLength(String value, int max, String... field) {
        if (value.length() > max) {
            add(UserErrorCode.TOO_LONG, label(field) + " must be at most " + max + " characters (it has " + value.length()
                    + ").", field);
        }
        return value;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String label(String... field) {
        if (field.length == 0) {
            return "The value";
        }
        String last = field[field.length - 1];
        String spaced = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
