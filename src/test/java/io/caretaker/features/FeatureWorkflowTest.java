package io.caretaker.features;

import static io.caretaker.support.GraphQL.ok;
import static io.caretaker.support.GraphQL.run;
import static io.caretaker.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FeatureWorkflowTest {

    static final String FIELDS = "id title status voteCount viewerHasVoted version reach impact confidence effort riceScore mergedInto { title }";

    static JsonPath request(String user, String title) {
        return ok(user, "mutation($t: String!) { featureRequestCreate(input: {title: $t}) { featureRequest { " + FIELDS + " } } }",
                vars("t", title)).setRootPath("data.featureRequestCreate.featureRequest");
    }

    static JsonPath move(String id, int version, String to) {
        return ok("bob", "mutation($id: ID!, $to: FeatureStatus!, $v: Int!) { featureRequestTransition(id: $id, input: {to: $to, version: $v}) {"
                + " featureRequest { " + FIELDS + " } userErrors { field message code } } }", vars("id", id, "to", to, "v", version))
                .setRootPath("data.featureRequestTransition");
    }

    static JsonPath vote(String user, String id, boolean vote) {
        String mutation = vote ? "featureRequestVote" : "featureRequestUnvote";
        return ok(user, "mutation($id: ID!) { " + mutation + "(id: $id) { featureRequest { " + FIELDS + " } userErrors { code message } } }",
                vars("id", id)).setRootPath("data." + mutation);
    }

    @Test
    void aRequestMovesThroughItsWorkflow() {
        var feature = request("carol", "Grid trading bot");
        var review = move(feature.getString("id"), feature.getInt("version"), "UNDER_REVIEW");
        var planned = move(feature.getString("id"), review.getInt("featureRequest.version"), "PLANNED");
        var building = move(feature.getString("id"), planned.getInt("featureRequest.version"), "IN_PROGRESS");
        var shipped = move(feature.getString("id"), building.getInt("featureRequest.version"), "SHIPPED");
        assertEquals("SHIPPED", shipped.getString("featureRequest.status"));
        var again = move(feature.getString("id"), shipped.getInt("featureRequest.version"), "PLANNED");
        assertEquals("INVALID_TRANSITION", again.getString("userErrors[0].code"));
        assertEquals("A SHIPPED request is final and moves nowhere.", again.getString("userErrors[0].message"));
    }

    @Test
    void anIllegalMoveNamesTheAllowedOnes() {
        var feature = request("carol", "Copy trading");
        var skip = move(feature.getString("id"), feature.getInt("version"), "SHIPPED");
        assertNull(skip.get("featureRequest"));
        assertEquals(List.of("input", "to"), skip.getList("userErrors[0].field"));
        assertEquals("A PROPOSED request can move to UNDER_REVIEW or DECLINED, not to SHIPPED.", skip.getString("userErrors[0].message"));
    }

    @Test
    void votingIsOnePerPersonAndUnvotingTakesItBack() {
        var feature = request("carol", "Sound on fills");
        String id = feature.getString("id");
        assertEquals(1, vote("erin", id, true).getInt("featureRequest.voteCount"));
        var twice = vote("erin", id, true);
        assertEquals(1, twice.getInt("featureRequest.voteCount"));
        assertTrue(twice.getBoolean("featureRequest.viewerHasVoted"));
        assertEquals(2, vote("carol", id, true).getInt("featureRequest.voteCount"));
        var taken = vote("erin", id, false);
        assertEquals(1, taken.getInt("featureRequest.voteCount"));
        assertEquals(false, taken.getBoolean("featureRequest.viewerHasVoted"));
        assertEquals(1, vote("erin", id, false).getInt("featureRequest.voteCount"), "unvoting twice changes nothing");
        assertEquals(feature.getInt("version"), taken.getInt("featureRequest.version"), "votes are not edits");
    }

    @Test
    void closedRequestsTakeNoVotes() {
        var feature = request("carol", "Blockchain explorer");
        move(feature.getString("id"), feature.getInt("version"), "DECLINED");
        var refused = vote("erin", feature.getString("id"), true);
        assertEquals("INVALID", refused.getString("userErrors[0].code"));
        assertNull(refused.get("featureRequest"));
    }

    @Test
    void fiftyPeopleVotingAtOnceMakeFiftyVotes() throws Exception {
        String id = request("carol", "Fifty voters " + UUID.randomUUID()).getString("id");
        List<Callable<JsonPath>> voters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String user = "voter" + i;
            voters.add(() -> vote(user, id, true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (var result : pool.invokeAll(voters)) {
                assertEquals(List.of(), result.get().getList("userErrors"));
            }
        } finally {
            pool.shutdown();
        }
        var read = ok("dave", "query($id: ID!) { node(id: $id) { ... on FeatureRequest { voteCount votes { totalCount } } } }", vars("id", id));
        assertEquals(50, read.getInt("data.node.voteCount"));
        assertEquals(50, read.getInt("data.node.votes.totalCount"));
    }

    @Test
    void theSamePersonVotingTwiceAtOnceVotesOnce() throws Exception {
        String id = request("carol", "Double voter " + UUID.randomUUID()).getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonPath> vote = () -> vote("erin", id, true);
            pool.invokeAll(List.of(vote, vote)).forEach(f -> {
                try {
                    assertEquals(List.of(), f.get().getList("userErrors"));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            pool.shutdown();
        }
        var read = ok("dave", "query($id: ID!) { node(id: $id) { ... on FeatureRequest { voteCount votes { totalCount } } } }", vars("id", id));
        assertEquals(1, read.getInt("data.node.voteCount"));
        assertEquals(1, read.getInt("data.node.votes.totalCount"));
    }

    static final String SCORE = """
            mutation($id: ID!, $input: FeatureRequestScoreInput!) {
              featureRequestScore(id: $id, input: $input) { featureRequest { reach impact confidence effort riceScore version } userErrors { field code message } }
            }""";

    @Test
    void riceScoresAreComputedAndOrderable() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var low = request("carol", "RICE " + tag + " low");
        var high = request("carol", "RICE " + tag + " high");
        request("carol", "RICE " + tag + " unscored");
        var scored = ok("bob", SCORE, vars("id", high.getString("id"), "input", Map.of("version", high.getInt("version"), "reach", 1000,
                "impact", 2, "confidence", 0.8, "effort", 4))).setRootPath("data.featureRequestScore");
        assertEquals(400.0, scored.getDouble("featureRequest.riceScore"));
        assertEquals(0.8, scored.getDouble("featureRequest.confidence"));
        ok("bob", SCORE, vars("id", low.getString("id"), "input", Map.of("version", low.getInt("version"), "reach", 50,
                "impact", 0.5, "confidence", 0.5, "effort", 10)));
        var ordered = ok("dave", "query($q: String) { featureRequests(filter: {query: $q}, orderBy: {field: RICE_SCORE, direction: DESC}) { nodes { title riceScore } } }",
                vars("q", "RICE " + tag)).getList("data.featureRequests.nodes.title");
        assertEquals(List.of("RICE " + tag + " high", "RICE " + tag + " low", "RICE " + tag + " unscored"), ordered);
    }

    @Test
    void riceInputsOutOfRangeAreUserErrors() {
        var feature = request("carol", "Bad RICE");
        var json = ok("bob", SCORE, vars("id", feature.getString("id"), "input", Map.of("version", feature.getInt("version"),
                "reach", -1, "impact", 1.5, "confidence", 1.2, "effort", 0))).setRootPath("data.featureRequestScore");
        assertEquals(List.of("reach", "impact", "confidence", "effort"),
                json.getList("userErrors.field").stream().map(f -> ((List<?>) f).get(1)).toList());
        assertNull(ok("dave", "query($id: ID!) { node(id: $id) { ... on FeatureRequest { riceScore } } }",
                vars("id", feature.getString("id"))).get("data.node.riceScore"));
    }

    static final String MERGE = """
            mutation($id: ID!, $into: ID!, $v: Int!) {
              featureRequestMerge(id: $id, input: {intoId: $into, version: $v}) {
                featureRequest { status voteCount mergedInto { title } }
                into { title voteCount mergedRequests { totalCount nodes { title } } votes { totalCount } }
                userErrors { field code message }
              }
            }""";

    @Test
    void mergingMovesVotesAndCountsSharedVotersOnce() {
        var keep = request("carol", "Trailing stops " + UUID.randomUUID());
        var gone = request("erin", "Trailing stop orders please " + UUID.randomUUID());
        vote("carol", keep.getString("id"), true);
        vote("dave2", keep.getString("id"), true);
        vote("carol", gone.getString("id"), true);
        vote("erin", gone.getString("id"), true);
        var merged = ok("bob", MERGE, vars("id", gone.getString("id"), "into", keep.getString("id"), "v", gone.getInt("version")))
                .setRootPath("data.featureRequestMerge");
        assertEquals(List.of(), merged.getList("userErrors"));
        assertEquals("DECLINED", merged.getString("featureRequest.status"));
        assertEquals(0, merged.getInt("featureRequest.voteCount"));
        assertEquals(keep.getString("title"), merged.getString("featureRequest.mergedInto.title"));
        assertEquals(3, merged.getInt("into.voteCount"), "carol, dave2 and erin: carol counts once");
        assertEquals(3, merged.getInt("into.votes.totalCount"));
        assertEquals(List.of(gone.getString("title")), merged.getList("into.mergedRequests.nodes.title"));
    }

    @Test
    void mergingIntoItselfOrAClosedRequestIsRefused() {
        var a = request("carol", "Merge self");
        var self = ok("bob", MERGE, vars("id", a.getString("id"), "into", a.getString("id"), "v", a.getInt("version")))
                .setRootPath("data.featureRequestMerge");
        assertEquals("INVALID", self.getString("userErrors[0].code"));
        var closed = request("carol", "Merge closed target");
        move(closed.getString("id"), closed.getInt("version"), "DECLINED");
        var intoClosed = ok("bob", MERGE, vars("id", a.getString("id"), "into", closed.getString("id"), "v", a.getInt("version")))
                .setRootPath("data.featureRequestMerge");
        assertEquals(List.of("input", "intoId"), intoClosed.getList("userErrors[0].field"));
        assertEquals("PROPOSED", ok("bob", "query($id: ID!) { node(id: $id) { ... on FeatureRequest { status } } }",
                vars("id", a.getString("id"))).getString("data.node.status"));
    }

    @Test
    void viewersCannotVote() {
        var feature = request("carol", "Viewer vote");
        var json = run("dave", "mutation($id: ID!) { featureRequestVote(id: $id) { featureRequest { id } } }", vars("id", feature.getString("id")));
        assertEquals("FORBIDDEN", json.getString("errors[0].extensions.code"));
    }
}
