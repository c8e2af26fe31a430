package io.caretaker.runbooks.executions;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of executions of a runbook, newest first.")
public class RunbookExecutionConnection extends Connection<RunbookExecution, RunbookExecutionConnection.RunbookExecutionEdge> {

    public RunbookExecutionConnection(Page<RunbookExecution> page, IntSupplier totalCount) {
        super(page, RunbookExecutionEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("RunbookExecutionEdge")
    @Description("An execution with its cursor.")
    public static class RunbookExecutionEdge extends Edge<RunbookExecution> {
        RunbookExecutionEdge(RunbookExecution node, String cursor) {
            super(node, cursor);
        }
    }
}
