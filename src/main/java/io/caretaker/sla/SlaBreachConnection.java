package io.caretaker.sla;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of recorded SLA breaches, newest first.")
public class SlaBreachConnection extends Connection<SlaBreach, SlaBreachConnection.SlaBreachEdge> {

    public SlaBreachConnection(Page<SlaBreach> page, IntSupplier totalCount) {
        super(page, SlaBreachEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("SlaBreachEdge")
    @Description("A breach with its cursor.")
    public static class SlaBreachEdge extends Edge<SlaBreach> {
        SlaBreachEdge(SlaBreach node, String cursor) {
            super(node, cursor);
        }
    }
}
