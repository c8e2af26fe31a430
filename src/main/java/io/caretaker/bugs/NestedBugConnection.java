package io.caretaker.bugs;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.bugs.BugConnection.BugEdge;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Page;

/** A list of bugs within another object (a bug's duplicates, a release's fixes); its totalCount is batched. */
@Description("A page of bugs within another object.")
public class NestedBugConnection extends Connection<Bug, BugEdge> {

    public NestedBugConnection(Page<Bug> page, IntSupplier totalCount) {
        super(page, BugEdge::new, totalCount);
    }
}
