package io.caretaker.runbooks;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of revisions of a runbook, newest first.")
public class RunbookRevisionConnection extends Connection<RunbookRevision, RunbookRevisionConnection.RunbookRevisionEdge> {

    public RunbookRevisionConnection(Page<RunbookRevision> page, IntSupplier totalCount) {
        super(page, RunbookRevisionEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("RunbookRevisionEdge")
    @Description("A revision with its cursor.")
    public static class RunbookRevisionEdge extends Edge<RunbookRevision> {
        RunbookRevisionEdge(RunbookRevision node, String cursor) {
            super(node, cursor);
        }
    }
}
