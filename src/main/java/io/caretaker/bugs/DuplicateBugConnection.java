package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of the bugs marked as duplicates of a bug.")
public class DuplicateBugConnection extends Connection<Bug, DuplicateBugConnection.DuplicateBugEdge> {

    public DuplicateBugConnection(Page<Bug> page, IntSupplier totalCount) {
        super(page, DuplicateBugEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("DuplicateBugEdge")
    @Description("A duplicate with its cursor.")
    public static class DuplicateBugEdge extends Edge<Bug> {
        DuplicateBugEdge(Bug node, String cursor) {
            super(node, cursor);
        }
    }
}
