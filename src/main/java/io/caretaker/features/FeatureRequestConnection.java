package io.caretaker.features;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of feature requests.")
public class FeatureRequestConnection extends Connection<FeatureRequest, FeatureRequestConnection.FeatureRequestEdge> {

    public FeatureRequestConnection(Page<FeatureRequest> page, IntSupplier totalCount) {
        super(page, FeatureRequestEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("FeatureRequestEdge")
    @Description("A feature request with its cursor.")
    public static class FeatureRequestEdge extends Edge<FeatureRequest> {
        public FeatureRequestEdge(FeatureRequest node, String cursor) {
            super(node, cursor);
        }
    }
}
