package io.caretaker.features;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.features.FeatureRequestConnection.FeatureRequestEdge;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Page;

/** A nested list of feature requests (its totalCount is resolved in batches). */
@Description("A page of feature requests within another object.")
public class NestedFeatureRequestConnection extends Connection<FeatureRequest, FeatureRequestEdge> {

    public NestedFeatureRequestConnection(Page<FeatureRequest> page, IntSupplier totalCount) {
        super(page, FeatureRequestEdge::new, totalCount);
    }
}
