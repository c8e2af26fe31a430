package io.caretaker.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import io.caretaker.graphql.ApiError;

/**
 * What someone typed into the search box, split for PostgreSQL: the text before the last word goes to
 * {@code websearch_to_tsquery} ("quoted phrases", -exclusions, or), and the last word, while it is still
 * being typed (no space after it), is matched as a prefix so that search-as-you-type finds "restoring"
 * from "resto".
 */
record SearchText(String raw, String head, String prefix) {

    static final int MAX_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static SearchText parse(String query) {
        if (query == null || query.isBlank()) {
            throw ApiError.badUserInput("Type something to search for: the query is empty.");
        }
        if (query.length() > MAX_LENGTH) {
            throw ApiError.badUserInput("A search query is at most " + MAX_LENGTH + " characters (it has " + query.length() + ").");
        }
        String trimmed = query.strip();
        boolean stillTyping = !Character.isWhitespace(query.charAt(query.length() - 1));
        int lastSpace = lastWhitespace(trimmed);
        String last = trimmed.substring(lastSpace + 1);
        boolean insideQuotes = trimmed.chars().filter(c -> c == '"').count() % 2 == 1;
        if (stillTyping && !insideQuotes && WORD.matcher(last).matches() && !last.equalsIgnoreCase("or")) {
            return new SearchText(query, trimmed.substring(0, lastSpace + 1).strip(), last.toLowerCase(Locale.ROOT));
        }
        return new SearchText(query, trimmed, null);
    }

    /**
     * The form searches are grouped by as knowledge gaps: lower case, accents and punctuation dropped,
     * single spaces, so that "Restore DB!" and "restore   db" count as one.
     */
    String normalized() {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
