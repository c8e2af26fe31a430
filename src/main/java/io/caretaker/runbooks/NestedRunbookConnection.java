package io.caretaker.runbooks;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Page;

/** A list of runbooks within another object (those an article links to); its totalCount is batched. */
@Description("A page of runbooks within another object.")
public class NestedRunbookConnection extends Connection<Runbook, RunbookConnection.RunbookEdge> {

    public NestedRunbookConnection(Page<Runbook> page, IntSupplier totalCount) {
        super(page, RunbookConnection.RunbookEdge::new, totalCount);
    }
}
