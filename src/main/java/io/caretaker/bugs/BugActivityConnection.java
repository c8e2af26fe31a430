package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of a bug's activity, oldest first.")
public class BugActivityConnection extends Connection<BugActivityItem, BugActivityConnection.BugActivityEdge> {

    public BugActivityConnection(Page<BugActivityItem> page, IntSupplier totalCount) {
        super(page, BugActivityEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("BugActivityEdge")
    @Description("A change with its cursor.")
    public static class BugActivityEdge extends Edge<BugActivityItem> {
        BugActivityEdge(BugActivityItem node, String cursor) {
            super(node, cursor);
        }
    }
}
