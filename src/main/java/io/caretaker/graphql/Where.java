package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter of a list query as HQL conditions over the entity alias {@code e}, with named parameters.
 * Conditions are written by our code only; user input travels as parameters.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static Where all() {
        return new Where();
    }

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where and(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds the condition only when a value is given, the common case of an optional filter field. */
    public Where andIf(Object value, String condition, String parameter) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
            return this;
        }
        return and(condition, parameter, value);
    }

    /**
     * Case-insensitive "contains" over one or more text expressions, for search-as-you-filter fields.
     * The value's wildcard characters are escaped: {@code 100%} finds "100%", not everything.
     */
    public Where andContains(String parameter, String value, String... expressions) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String pattern = "%" + value.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add("lower(" + expression + ") like :" + parameter + " escape '\\'");
        }
        return and("(" + String.join(" or ", alternatives) + ")", parameter, pattern);
    }

    String hql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
