package io.caretaker.bugs.views;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of saved views, by name.")
public class BugViewConnection extends Connection<BugView, BugViewConnection.BugViewEdge> {

    public BugViewConnection(Page<BugView> page, IntSupplier totalCount) {
        super(page, BugViewEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("BugViewEdge")
    @Description("A view with its cursor.")
    public static class BugViewEdge extends Edge<BugView> {
        BugViewEdge(BugView node, String cursor) {
            super(node, cursor);
        }
    }
}
