package io.caretaker.search;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of search hits, best first, with the facets of all matches.")
public class SearchConnection extends Connection<SearchHit, SearchConnection.SearchHitEdge> {

    private final Supplier<SearchFacets> facets;

    public SearchConnection(Page<SearchHit> page, IntSupplier totalCount, Supplier<SearchFacets> facets) {
        super(page, SearchHitEdge::new, totalCount);
        this.facets = facets;
    }

    /** Resolved by SearchGraphQL on a worker thread, and only when asked for: it counts every match. */
    @Ignore
    public SearchFacets facets() {
        return facets.get();
    }

    @org.eclipse.microprofile.graphql.Type("SearchHitEdge")
    @Description("A search hit with its cursor.")
    public static class SearchHitEdge extends Edge<SearchHit> {
        SearchHitEdge(SearchHit node, String cursor) {
            super(node, cursor);
        }
    }
}
