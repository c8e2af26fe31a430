package io.caretaker.ops;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.caretaker.support.Metrics;
import io.quarkus.test.junit.QuarkusTest;

/** Every GraphQL operation is timed by type and outcome in caretaker_graphql_requests_seconds. */
@QuarkusTest
class GraphQLMetricsTest {

    @Test
    void operationsAreCountedByTypeAndOutcome() {
        double okQueries = count("query", "ok");
        double failedQueries = count("query", "error");
        double okMutations = count("mutation", "ok");

        ok("dave", "{ viewer { id } }");
        ok("dave", "{ viewer { name } }");
        assertTrue(run("dave", "{ bug(key: \"NOPE-424242\") { id } }").getList("errors").size() == 1);
        ok("dave", "mutation { bugViewSave(input: {name: \" \"}) { userErrors { code } } }");

        assertEquals(okQueries + 2, count("query", "ok"));
        assertEquals(failedQueries + 1, count("query", "error"));
        assertEquals(okMutations + 1, count("mutation", "ok"), "a mutation answering user errors succeeded as an operation");
    }

    /** The count of the series with these tags in the Prometheus text format, 0 when it is not there yet. */
    private static double count(String type, String outcome) {
        String scrape = Metrics.scrape();
        Matcher line = Pattern.compile("^caretaker_graphql_requests_seconds_count\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("type=\"" + type + "\"") && labels.contains("outcome=\"" + outcome + "\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
