package io.caretaker.markdown;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one way Markdown becomes HTML: CommonMark with GitHub tables, then the OWASP sanitizer with an
 * allow-list. Raw HTML in the Markdown is escaped by the renderer already; the sanitizer is the second
 * wall, so that no script, event handler, {@code javascript:} or {@code data:} URL, SVG or style survives.
 */
@ApplicationScoped
public class Markdown {

    public static final String HTML_DOC = "Rendered from Markdown (CommonMark with GitHub tables) on the server and"
            + " sanitized: formatting, lists, code, tables, links (http, https, mailto, relative) and images (http, https)"
            + " stay; raw HTML is shown as text; scripts, event handlers, styles, SVG and javascript: or data: URLs never"
            + " reach the page.";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** The class CommonMark gives a fenced code block, e.g. "language-sql", for client-side highlighting. */
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[a-zA-Z0-9_+-]{1,30}");

    /** Text formatting, links (http, https, mailto and relative only), images (http, https), lists, code, tables. */
    static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowElements("img")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .allowUrlProtocols("http", "https")
                    .allowElements("pre", "code", "hr", "br", "del", "ins", "thead", "tbody", "tfoot", "tr", "th", "td")
                    .allowAttributes("align").onElements("th", "td")
                    .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                    .toFactory());

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
