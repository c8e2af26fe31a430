package io.caretaker.search;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;

import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.Page;

@Description("A page of knowledge gaps.")
public class KnowledgeGapConnection extends Connection<KnowledgeGap, KnowledgeGapConnection.KnowledgeGapEdge> {

    public KnowledgeGapConnection(Page<KnowledgeGap> page, IntSupplier totalCount) {
        super(page, KnowledgeGapEdge::new, totalCount);
    }

    @org.eclipse.microprofile.graphql.Type("KnowledgeGapEdge")
    @Description("A knowledge gap with its cursor.")
    public static class KnowledgeGapEdge extends Edge<KnowledgeGap> {
        KnowledgeGapEdge(KnowledgeGap node, String cursor) {
            super(node, cursor);
        }
    }
}
