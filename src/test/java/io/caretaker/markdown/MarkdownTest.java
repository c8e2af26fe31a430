package io.caretaker.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The renderer and its two walls: CommonMark escapes raw HTML and drops dangerous link targets, and the
 * sanitizer's allow-list removes whatever still gets through. Each wall is tested on its own, with vectors
 * from real XSS cheat sheets.
 */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    /** An element with an event-handler attribute, e.g. {@code <img src=x onerror=...>}. */
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    /** A URL attribute with a script or data URL. */
    private static final Pattern DANGEROUS_URL = Pattern.compile(
            "(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<svg onload=alert(1)><circle r=10 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<details open ontoggle=alert(1)>",
            "<p onmouseover=\"alert(1)\">hover</p>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<style>body{background:red}</style>");

    static final List<String> MARKDOWN_VECTORS = List.of(
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](jav&#x61;script:alert(1))",
            "[click](  javascript:alert(1)  )",
            "<javascript:alert(1)>",
            "[click](vbscript:msgbox(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "![x](https://example.com/a.png\"onerror=\"alert(1))",
            "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |");

    @Test
    void scriptsHandlersAndDangerousUrlsNeverSurviveTheWholePipeline() {
        for (String vector : concat(VECTORS, MARKDOWN_VECTORS)) {
            assertSafe(markdown.toHtml(vector), vector);
            assertSafe(markdown.toHtml("Text before\n\n" + vector + "\n\ntext after"), vector);
        }
    }

    @Test
    void theSanitizerAloneStopsRawHtmlVectors() {
        // the second wall, without CommonMark's escaping in front of it
        for (String vector : VECTORS) {
            assertSafe(Markdown.POLICY.sanitize(vector), vector);
        }
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n".strip(),
                markdown.toHtml("<script>alert(1)</script>").strip().replace("&#34;", "\""));
    }

    @Test
    void ordinaryMarkdownRendersWithTablesLinksAndCode() {
        String html = markdown.toHtml("""
                # Rate limits

                The exchange allows **10 requests/s**; see [the docs](https://exchange.example/limits) or [ops](/runbooks/x).

                | Endpoint | Limit |
                |:---------|------:|
                | orders   | 10/s  |

                ```sql
                select 1;
                ```

                ![graph](https://example.com/graph.png "Latency")
                """);
        assertTrue(html.contains("<h1>Rate limits</h1>"), html);
        assertTrue(html.contains("<strong>10 requests/s</strong>"), html);
        // the sanitizer writes the rel values in no fixed order
        java.util.regex.Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertTrue(rel.find(), html);
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(rel.group(1).split(" ")), html);
        String links = html.replaceAll("rel=\"[^\"]*\"", "rel");
        assertTrue(links.contains("<a href=\"https://exchange.example/limits\" rel>the docs</a>"), html);
        assertTrue(links.contains("<a href=\"/runbooks/x\" rel>ops</a>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th align=\"left\">Endpoint</th>"), html);
        assertTrue(html.contains("<td align=\"right\">10/s</td>"), html);
        assertTrue(html.contains("<pre><code class=\"language-sql\">select 1;"), html);
        assertTrue(html.contains("<img src=\"https://example.com/graph.png\" alt=\"graph\" title=\"Latency\" />"), html);
    }

    @Test
    void emptyBodiesRenderToNothing() {
        assertEquals("", markdown.toHtml(""));
        assertEquals("", markdown.toHtml(null));
    }

    static void assertSafe(String html, String vector) {
        String lower = html.toLowerCase(Locale.ROOT);
        String context = "Rendered " + vector + " as " + html;
        assertFalse(lower.contains("<script"), context);
        assertFalse(lower.contains("<svg"), context);
        assertFalse(lower.contains("<math"), context);
        assertFalse(lower.contains("<iframe"), context);
        assertFalse(lower.contains("<object"), context);
        assertFalse(lower.contains("<embed"), context);
        assertFalse(lower.contains("<form"), context);
        assertFalse(lower.contains("<style"), context);
        assertFalse(lower.contains("<meta"), context);
        assertFalse(lower.contains("<base"), context);
        assertFalse(lower.contains("style="), context);
        assertFalse(EVENT_HANDLER.matcher(html).find(), context);
        assertFalse(DANGEROUS_URL.matcher(html).find(), context);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
