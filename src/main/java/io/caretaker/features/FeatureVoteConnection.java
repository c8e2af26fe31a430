package io.caretaker.features;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of votes, newest first.")
public class FeatureVoteConnection extends Connection<FeatureVote, FeatureVoteConnection.FeatureVoteEdge> {

    public FeatureVoteConnection(Page<FeatureVote> page, IntSupplier totalCount) {
        super(page, FeatureVoteEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("FeatureVoteEdge")
    @Description("A vote with its cursor.")
    public static class FeatureVoteEdge extends Edge<FeatureVote> {
        FeatureVoteEdge(FeatureVote node, String cursor) {
            super(node, cursor);
        }
    }
}
