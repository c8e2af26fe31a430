package io.caretaker.bugs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;

/** The rules for label names: short, lower case, no spaces, so that filters and links stay simple. */
final class Labels {

    static final int MAX_PER_BUG = 20;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._:/-]{0,49}");

    private Labels() {
    }

    /** The distinct, lower-cased labels in the order given; user errors for invalid ones. */
    static List<String> normalize(List<String> labels, UserErrors errors, String... field) {
        Set<String> result = new LinkedHashSet<>();
        if (labels == null) {
            return null;
        }
        for (String label : labels) {
            String name = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                errors.add(UserErrorCode.INVALID, "'" + label + "' is not a valid label: use 1 to 50 letters, digits"
                        + " and - _ . : /, starting with a letter or digit.", field);
            } else {
                result.add(name);
            }
        }
        if (result.size() > MAX_PER_BUG) {
            errors.add(UserErrorCode.INVALID, "A bug carries at most " + MAX_PER_BUG + " labels.", field);
        }
        return new ArrayList<>(result);
    }
}
