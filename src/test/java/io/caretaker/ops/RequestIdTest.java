package io.caretaker.ops;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.port;
import static io.caretaker.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.caretaker.graphql.GlobalId;
import io.caretaker.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every request has an id, answered in X-Request-Id and carried by every log line written for it. */
@QuarkusTest
class RequestIdTest {

    static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    EntityManager em;

    @Test
    void aRequestWithoutIdGetsOne() {
        String first = given().port(port()).get("/graphql").then().statusCode(401).extract().header(RequestIds.HEADER);
        String second = given().port(port()).get("/graphql").then().statusCode(401).extract().header(RequestIds.HEADER);
        assertTrue(first.matches(UUID_FORM), first);
        assertNotEquals(first, second);
    }

    @Test
    void theCallersIdIsKeptWhenItIsSensible() {
        assertEquals("ci-run-42.7", idAnswered("ci-run-42.7"));
        assertTrue(idAnswered("has spaces\tand tabs").matches(UUID_FORM));
        assertTrue(idAnswered("x".repeat(65)).matches(UUID_FORM));
        assertTrue(idAnswered("a\u00e9b").matches(UUID_FORM));
    }

    @Test
    void logLinesWrittenWhileServingARequestCarryItsId() {
        String name = "Request id view " + UUID.randomUUID();
        String viewId = ok("dave", """
                mutation($name: String!) { bugViewSave(input: {name: $name, orderBy: {field: SEVERITY}}) { view { id } } }""",
                vars("name", name)).getString("data.bugViewSave.view.id");
        breakStoredOrder(GlobalId.decode(viewId).orElseThrow().id());

        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    // the logging context as it is now, on the thread that logs (it is read lazily otherwise)
                    ext.copyAll();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.caretaker.bugs.views");
        logger.addHandler(capture);
        try {
            given().port(port()).auth().oauth2(Tokens.of("dave")).header(RequestIds.HEADER, "trace-me-1")
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "{ bugViews(first: 100) { nodes { name orderBy { field } } } }"))
                    .post("/graphql").then().statusCode(200).header(RequestIds.HEADER, "trace-me-1");
        } finally {
            logger.removeHandler(capture);
        }
        List<ExtLogRecord> warnings = records.stream().filter(r -> r.getFormattedMessage().contains("no longer parses")).toList();
        assertTrue(!warnings.isEmpty(), "the broken view is reported in the log");
        for (ExtLogRecord warning : warnings) {
            assertEquals("trace-me-1", warning.getMdc(RequestIds.MDC_KEY), warning.getFormattedMessage());
        }
    }

    /** A view whose stored order no longer parses, as after a field was removed in an upgrade. */
    void breakStoredOrder(long viewId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update bug_view set order_by = cast('{\"field\": \"NO_SUCH_FIELD\"}' as jsonb) where id = :id")
                .setParameter("id", viewId).executeUpdate());
    }

    private static String idAnswered(String sent) {
        return given().port(port()).header(RequestIds.HEADER, sent).get("/graphql").then().statusCode(401)
                .extract().header(RequestIds.HEADER);
    }
}
