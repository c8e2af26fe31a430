package io.caretaker.runbooks;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of runbooks.")
public class RunbookConnection extends Connection<Runbook, RunbookConnection.RunbookEdge> {

    public RunbookConnection(Page<Runbook> page, IntSupplier totalCount) {
        super(page, RunbookEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("RunbookEdge")
    @Description("A runbook with its cursor.")
    public static class RunbookEdge extends Edge<Runbook> {
        RunbookEdge(Runbook node, String cursor) {
            super(node, cursor);
        }
    }
}
