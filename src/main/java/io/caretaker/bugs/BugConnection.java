package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of bugs.")
public class BugConnection extends Connection<Bug, BugConnection.BugEdge> {

    public BugConnection(Page<Bug> page, IntSupplier totalCount) {
        super(page, BugEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("BugEdge")
    @Description("A bug with its cursor.")
    public static class BugEdge extends Edge<Bug> {
        public BugEdge(Bug node, String cursor) {
            super(node, cursor);
        }
    }
}
