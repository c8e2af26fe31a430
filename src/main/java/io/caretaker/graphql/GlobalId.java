package io.caretaker.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one codec of opaque global ids: {@code base64url("<Type>:<database id>")}.
 *
 * <p>Clients must treat ids as opaque; encoding the type lets {@code node(id:)} route an id to its
 * feature without a lookup table, and lets every typed argument reject an id of another type.
 */
public record GlobalId(String type, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static String encode(String type, long id) {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any well-formed global id; empty for anything else. */
    public static Optional<GlobalId> decode(String value) {
        if (value == null || value.isEmpty() || value.length() > 100) {
            return Optional.empty();
        }
        String raw;
        try {
            raw = new String(DECODER.decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(raw.substring(colon + 1));
            return id > 0 ? Optional.of(new GlobalId(raw.substring(0, colon), id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The database id behind a global id of the expected type; empty for malformed ids and other types. */
    public static Optional<Long> decode(String value, String expectedType) {
        return decode(value).filter(g -> g.type().equals(expectedType)).map(GlobalId::id);
    }

    @Override
    public String toString() {
        return encode(type, id);
    }
}
