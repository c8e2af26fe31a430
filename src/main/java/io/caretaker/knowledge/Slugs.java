package io.caretaker.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Article slugs: what a valid one looks like, and how one is derived from a title. */
final class Slugs {

    static final int MAX = 100;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** For a title without a single letter or digit (e.g. one written in a non-Latin script). */
    static final String FALLBACK = "article";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER_RUNS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    static boolean isValid(String slug) {
        return slug.length() <= MAX && VALID.matcher(slug).matches();
    }

    /**
     * The slug of a title: lower case, every run of other characters one "-", none at either end, at
     * most {@link #MAX} characters. Accents are dropped first ("Café" gives "cafe", not "caf").
     */
    static String derive(String title) {
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimHyphens(OTHER_RUNS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
        return slug.isEmpty() ? FALLBACK : truncate(slug, MAX);
    }

    /** The n-th candidate for a derived slug that is taken: base-2, base-3, ..., still within {@link #MAX}. */
    static String numbered(String base, int n) {
        String suffix = "-" + n;
        return truncate(base, MAX - suffix.length()) + suffix;
    }

    private static String truncate(String slug, int max) {
        return slug.length() <= max ? slug : trimHyphens(slug.substring(0, max));
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
