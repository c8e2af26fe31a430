package io.caretaker.maintenance;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of occurrences.")
public class OccurrenceConnection extends Connection<Occurrence, OccurrenceConnection.OccurrenceEdge> {

    public OccurrenceConnection(Page<Occurrence> page, IntSupplier totalCount) {
        super(page, OccurrenceEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("OccurrenceEdge")
    @Description("An item with its cursor.")
    public static class OccurrenceEdge extends Edge<Occurrence> {
        OccurrenceEdge(Occurrence node, String cursor) {
            super(node, cursor);
        }
    }
}
