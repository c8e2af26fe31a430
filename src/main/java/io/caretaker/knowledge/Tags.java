package io.caretaker.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;

/**
 * The rules for article tags, the same as for bug labels: short, lower case, no spaces, so that the
 * tag filter matches exactly what was stored.
 */
final class Tags {

    static final int MAX_PER_ARTICLE = 20;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._:/-]{0,49}");

    private Tags() {
    }

    /** The tag as it is stored: trimmed, lower case. */
    static String normalize(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The distinct, lower-cased tags, alphabetically (a set: the order given carries no meaning);
     * null when none were given; user errors for invalid ones.
     */
    static List<String> normalize(List<String> tags, UserErrors errors, String... field) {
        if (tags == null) {
            return null;
        }
        TreeSet<String> result = new TreeSet<>();
        for (String tag : tags) {
            String name = normalize(tag);
            if (!NAME.matcher(name).matches()) {
                errors.add(UserErrorCode.INVALID, "'" + tag + "' is not a valid tag: use 1 to 50 letters, digits"
                        + " and - _ . : /, starting with a letter or digit.", field);
            } else {
                result.add(name);
            }
        }
        if (result.size() > MAX_PER_ARTICLE) {
            errors.add(UserErrorCode.INVALID, "An article carries at most " + MAX_PER_ARTICLE + " tags.", field);
        }
        return List.copyOf(result);
    }
}
