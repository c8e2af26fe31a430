package io.caretaker.markdown;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a reader's browser receives: bodies written with XSS vectors come back as harmless HTML by every field. */
@QuarkusTest
class RenderedMarkdownApiTest {

    static final String BODY = String.join("\n\n", concat(MarkdownTest.VECTORS, MarkdownTest.MARKDOWN_VECTORS))
            + "\n\n| Check | Result |\n|---|---|\n| **orders** | [ok](https://status.example) |\n";

    @Test
    void articleBodiesAndRevisionsAreRenderedAndSanitized() {
        JsonPath json = ok("bob", """
                mutation Write($input: ArticleCreateInput!) {
                  articleCreate(input: $input) {
                    article { bodyHtml currentRevision { bodyHtml } }
                    userErrors { message }
                  }
                }""", vars("input", Map.of("title", "XSS " + UUID.randomUUID(), "body", BODY, "category", "FAQ")));
        assertEquals(List.of(), json.getList("data.articleCreate.userErrors"));
        for (String html : List.of(json.getString("data.articleCreate.article.bodyHtml"),
                json.getString("data.articleCreate.article.currentRevision.bodyHtml"))) {
            for (String vector : concat(MarkdownTest.VECTORS, MarkdownTest.MARKDOWN_VECTORS)) {
                MarkdownTest.assertSafe(html, vector);
            }
            assertTrue(html.contains("<table>"), html);
            assertTrue(html.contains("<td><strong>orders</strong></td>"), html);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML is shown as text: " + html);
        }
    }

    @Test
    void runbookPurposeAndStepsAreRenderedAndSanitized() {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String vector : concat(MarkdownTest.VECTORS, MarkdownTest.MARKDOWN_VECTORS)) {
            steps.add(Map.of("title", "Step " + (steps.size() + 1), "instructions", vector));
        }
        steps.add(Map.of("title", "Check", "instructions", "Run `pg_isready` and **wait**."));
        JsonPath json = ok("bob", """
                mutation Write($input: RunbookCreateInput!) {
                  runbookCreate(input: $input) {
                    runbook { purposeHtml steps(first: 100) { nodes { instructions bodyHtml } } }
                    userErrors { message }
                  }
                }""", vars("input", Map.of("slug", "xss-" + UUID.randomUUID(), "title", "XSS", "category", "INCIDENT",
                "purpose", "Use it *now*: [x](javascript:alert(1))\n\n<script>alert(1)</script>", "steps", steps)));
        assertEquals(List.of(), json.getList("data.runbookCreate.userErrors"));
        String purpose = json.getString("data.runbookCreate.runbook.purposeHtml");
        MarkdownTest.assertSafe(purpose, "purpose");
        assertTrue(purpose.contains("<em>now</em>"), purpose);
        List<Map<String, String>> rendered = json.getList("data.runbookCreate.runbook.steps.nodes");
        assertEquals(steps.size(), rendered.size());
        for (Map<String, String> step : rendered) {
            MarkdownTest.assertSafe(step.get("bodyHtml"), step.get("instructions"));
        }
        assertEquals("<p>Run <code>pg_isready</code> and <strong>wait</strong>.</p>", rendered.getLast().get("bodyHtml").strip());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
