package io.caretaker.runbooks;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of the steps of a revision, in order.")
public class RunbookStepConnection extends Connection<RunbookStep, RunbookStepConnection.RunbookStepEdge> {

    public RunbookStepConnection(Page<RunbookStep> page, IntSupplier totalCount) {
        super(page, RunbookStepEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("RunbookStepEdge")
    @Description("A step with its cursor.")
    public static class RunbookStepEdge extends Edge<RunbookStep> {
        RunbookStepEdge(RunbookStep node, String cursor) {
            super(node, cursor);
        }
    }
}
