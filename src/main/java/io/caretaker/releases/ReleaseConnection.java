package io.caretaker.releases;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of releases.")
public class ReleaseConnection extends Connection<Release, ReleaseConnection.ReleaseEdge> {

    public ReleaseConnection(Page<Release> page, IntSupplier totalCount) {
        super(page, ReleaseEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("ReleaseEdge")
    @Description("A release with its cursor.")
    public static class ReleaseEdge extends Edge<Release> {
        ReleaseEdge(Release node, String cursor) {
            super(node, cursor);
        }
    }
}
