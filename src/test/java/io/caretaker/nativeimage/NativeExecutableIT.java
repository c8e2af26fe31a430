package io.caretaker.nativeimage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import io.caretaker.db.IntegrationTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * The packaged application as it ships — in CI the native executable — on a real PostgreSQL with the demo
 * data, signed in through a real Keycloak: each path that leans on what native images make hard (reflection
 * of GraphQL types, JSON, Markdown and its sanitizer, diffs, ZIP streams, JDBC, process metrics) answered once.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = IntegrationTestEnvironment.class, restrictToAnnotatedClass = true)
class NativeExecutableIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Test
    void healthAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().accept("text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("caretaker_bugs_open"), "Caretaker's own gauges");
        // process metrics need the JDK's management natives inside the executable
        assertTrue(metrics.matches("(?s).*\\nprocess_cpu_usage [0-9.eE-]+\\n.*"), "process CPU usage is measured");
    }

    @Test
    void readersSeeBugsButNotConfidentialOnesAndSearchHighlights() {
        JsonPath viewer = graphql("dave", "{ bugs(first: 100) { totalCount nodes { key title confidential } } }");
        List<Boolean> confidential = viewer.getList("data.bugs.nodes.confidential");
        assertTrue(viewer.getInt("data.bugs.totalCount") > 5);
        assertTrue(confidential.stream().noneMatch(Boolean::booleanValue), "a viewer sees no confidential bug");
        JsonPath engineer = graphql("bob", "{ bugs(first: 100) { nodes { confidential } } }");
        assertTrue(engineer.<Boolean>getList("data.bugs.nodes.confidential").contains(true), "an engineer does");

        JsonPath search = graphql("dave", """
                { search(query: "rate limit") { totalCount facets { types { type count } }
                  nodes { rank highlightedTitle snippet object { __typename ... on Article { slug } } } } }""");
        assertTrue(search.getInt("data.search.totalCount") > 0);
        assertTrue(search.getString("data.search.nodes[0].snippet").contains("<mark>"), "a highlighted snippet");
    }

    @Test
    void markdownIsRenderedSanitizedAndRevisionsDiffed() {
        JsonPath articles = graphql("dave", "{ articles(first: 5) { nodes { id bodyHtml } } }");
        String html = articles.getString("data.articles.nodes[0].bodyHtml");
        assertTrue(html.contains("<p>") || html.contains("<h"), html);
        String id = articles.getString("data.articles.nodes[0].id");
        JsonPath created = graphql("bob", """
                mutation { articleCreate(input: {title: "Native check", category: FAQ,
                  body: "Hello <script>alert(1)</script> [x](javascript:alert(1))\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |"}) {
                  article { id version bodyHtml } userErrors { message } } }""");
        String rendered = created.getString("data.articleCreate.article.bodyHtml");
        assertTrue(rendered.contains("<table>") && !rendered.contains("<script") && !rendered.contains("javascript:"),
                rendered);
        String newId = created.getString("data.articleCreate.article.id");
        graphql("bob", "mutation($id: ID!, $v: Int!) { articleUpdate(id: $id, input: {body: \"Hello again\","
                + " message: \"edit\", version: $v}) { userErrors { message } } }",
                Map.of("id", newId, "v", created.getInt("data.articleCreate.article.version")));
        JsonPath diff = graphql("bob", "query($id: ID!) { articleDiff(id: $id, from: 1, to: 2) { linesAdded"
                + " hunks { lines { kind text } } } }", Map.of("id", newId));
        assertEquals(1, diff.getInt("data.articleDiff.linesAdded"), diff.prettify());
        assertTrue(diff.getString("data.articleDiff.hunks[0].lines.kind").contains("ADDED"), diff.prettify());
        assertTrue(id != null);
    }

    @Test
    void rolesAreEnforcedAndErrorsCarryNoInternals() {
        given().contentType("application/json").body(Map.of("query", "{ bugs { totalCount } }")).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        JsonPath refused = graphqlRaw("dave", "mutation { bugCreate(input: {title: \"Viewer tries\"}) { bug { id } } }");
        assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"));
        JsonPath reported = graphql("carol", "mutation { bugCreate(input: {title: \"Reported from the native IT\"})"
                + " { bug { key status } userErrors { message } } }");
        assertEquals("NEW", reported.getString("data.bugCreate.bug.status"));
        given().auth().oauth2(token("dave")).contentType("application/json").body("{\"query\": 42}").post("/graphql")
                .then().statusCode(400).body(not(containsString("Exception")));
        given().header("X-Request-Id", "native-it-1").get("/q/health/live").then()
                .header("X-Request-Id", equalTo("native-it-1"));
    }

    @Test
    void adminsExportAnArchiveAndAnInstanceWithDataRefusesAnImport() throws IOException {
        given().auth().oauth2(token("bob")).get("/admin/export").then().statusCode(403);
        byte[] archive = given().auth().oauth2(token("alice")).get("/admin/export").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("manifest.json", first.getName());
            String manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"format\": \"caretaker-export\""), manifest);
        }
        given().auth().oauth2(token("alice")).contentType("application/zip").body(archive).post("/admin/import")
                .then().statusCode(409).body("error.code", equalTo("CONFLICT"));
    }

    /**
     * Every list of the schema (docs/schema.graphql) that needs no argument, with every field of its items
     * that needs none: each API type is read through reflection in the executable, so a type the image
     * lacks shows up here, not in production.
     */
    @Test
    void everyListOfTheSchemaAnswersWithEveryFieldOfItsItems() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql"))));
        int lists = 0;
        for (GraphQLFieldDefinition query : schema.getQueryType().getFieldDefinitions()) {
            if (!(GraphQLTypeUtil.unwrapAll(query.getType()) instanceof GraphQLObjectType connection)
                    || !connection.getName().endsWith("Connection") || hasRequiredArgument(query)) {
                continue;
            }
            GraphQLObjectType item = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(connection.getFieldDefinition("nodes").getType());
            String document = "{ " + query.getName() + "(first: 3) { totalCount"
                    + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                    + " edges { cursor node { __typename } } nodes { " + fieldsOf(item) + " } } }";
            JsonPath answer = graphql("alice", document);
            assertTrue(answer.getInt("data." + query.getName() + ".totalCount") >= 0, document);
            lists++;
        }
        assertTrue(lists >= 10, "lists of the schema: " + lists);
    }

    private static boolean hasRequiredArgument(GraphQLFieldDefinition field) {
        return field.getArguments().stream().anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()));
    }

    /** The fields of a type without arguments: scalars as they are, objects by their type name. */
    private static String fieldsOf(GraphQLObjectType type) {
        StringBuilder fields = new StringBuilder("__typename");
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            if (!field.getArguments().isEmpty()) {
                continue;
            }
            var unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
            fields.append(' ').append(field.getName());
            if (!GraphQLTypeUtil.isLeaf(unwrapped)) {
                fields.append(" { __typename }");
            }
        }
        return fields.toString();
    }

    /**
     * Two instances on one database: each scheduled time of a job fires on one of them only. The second
     * instance is the same artifact (the executable, or the jar), started here on the database of the first;
     * both log every run of their jobs (io.caretaker.jobs), and the drill check fires every two seconds.
     */
    @Test
    void aJobThatFallsDueFiresOnceWhateverTheNumberOfInstances() throws Exception {
        Path log = Path.of("target", "second-instance.log");
        Process second = startSecondInstance(log);
        java.time.Instant secondReady;
        try {
            waitUntilReady(second, 8082, log);
            secondReady = java.time.Instant.now();
            // a starting instance schedules the job anew, 20 s after its start (the job's delay), then every 2 s
            Thread.sleep(32_000);
        } finally {
            second.destroy();
            second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        List<java.time.Instant> first = firedTimes(Files.readString(Path.of("target", "quarkus.log")));
        List<java.time.Instant> other = firedTimes(Files.readString(log));
        java.time.Instant since = secondReady.plusSeconds(20);
        List<java.time.Instant> all = java.util.stream.Stream.concat(first.stream(), other.stream())
                .filter(t -> t.isAfter(since)).sorted().toList();
        assertTrue(all.size() >= 4, "the job kept firing: " + first + " / " + other);
        // one timeline: each scheduled time once, 2 s apart; two instances firing on their own would interleave
        for (int i = 1; i < all.size(); i++) {
            long gap = java.time.Duration.between(all.get(i - 1), all.get(i)).toMillis();
            assertTrue(gap >= 1_900 && (gap % 2_000 < 100 || gap % 2_000 > 1_900),
                    "fired off the one schedule (" + gap + " ms apart): A " + first + " / B " + other);
        }
    }

    /** The scheduled times for which this log's instance ran the drill check. */
    private static List<java.time.Instant> firedTimes(String log) {
        List<java.time.Instant> times = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Job drill-check fired for (\\S+?)[\",]").matcher(log);
        while (m.find()) {
            times.add(java.time.Instant.parse(m.group(1)));
        }
        return times;
    }

    private static Process startSecondInstance(Path log) throws IOException {
        java.util.Properties artifact = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath();
        List<String> command = "native".equals(artifact.getProperty("type")) ? List.of(path.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", path.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", System.getProperty(IntegrationTestEnvironment.DATABASE_URL));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", System.getProperty(IntegrationTestEnvironment.KEYCLOAK_URL) + "/realms/caretaker");
        env.put("QUARKUS_OIDC_CLIENT_ID", "caretaker-test");
        env.put("QUARKUS_HTTP_PORT", "8082");
        env.put("CARETAKER_RUNBOOKS_DRILL_CHECK_EVERY", IntegrationTestEnvironment.FAST_JOB_CADENCE);
        env.put("QUARKUS_LOG_CATEGORY__IO_CARETAKER_JOBS__LEVEL", "DEBUG");
        return builder.start();
    }

    private static void waitUntilReady(Process process, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the second instance stopped:\n" + Files.readString(log));
            }
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the second instance did not become ready:\n" + Files.readString(log));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static JsonPath graphql(String user, String query) {
        return graphql(user, query, Map.of());
    }

    private static JsonPath graphql(String user, String query, Map<String, Object> variables) {
        JsonPath answer = given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200).body("errors", equalTo(null)).body("data", notNullValue())
                .extract().jsonPath();
        return answer;
    }

    private static JsonPath graphqlRaw(String user, String query) {
        return given().auth().oauth2(token(user)).contentType("application/json").body(Map.of("query", query))
                .post("/graphql").then().extract().jsonPath();
    }

    /** Real tokens from the test realm's Keycloak (password grant of the test client). */
    private static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> given()
                .formParam("grant_type", "password").formParam("client_id", "caretaker-test")
                .formParam("client_secret", "test-secret").formParam("username", u).formParam("password", u)
                .post(System.getProperty(IntegrationTestEnvironment.KEYCLOAK_URL)
                        + "/realms/caretaker/protocol/openid-connect/token")
                .then().statusCode(200).body("access_token", notNullValue()).extract().path("access_token"));
    }
}
