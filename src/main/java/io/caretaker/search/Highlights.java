package io.caretaker.search;

import java.util.regex.Pattern;

/**
 * Turns PostgreSQL's highlighted text into safe HTML: everything is escaped, then the match markers
 * become {@code <mark>} tags. Snippets are read as plain text: Markdown syntax that would only be noise in
 * one line (emphasis stars, backticks, heading hashes, quote marks, table pipes) is dropped and line
 * breaks become spaces.
 */
final class Highlights {

    private static final Pattern MARKDOWN_NOISE = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>)\\s+|\\*{1,3}|`{1,3}|\\|");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Highlights() {
    }

    static String title(String marked) {
        return marks(escape(marked));
    }

    static String snippet(String marked) {
        String plain = MARKDOWN_NOISE.matcher(marked).replaceAll(" ");
        return marks(escape(SPACES.matcher(plain).replaceAll(" ").strip()));
    }

    private static String marks(String escaped) {
        return escaped.replace(String.valueOf(SearchQueries.MARK_START), "<mark>")
                .replace(String.valueOf(SearchQueries.MARK_STOP), "</mark>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
