package io.caretaker.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection. Subclass it per type ({@code BugConnection extends Connection<Bug, BugEdge>}).
 *
 * <p>{@code totalCount} is a supplier, called only when a client selects the field: a count is a
 * query of its own and most pages do not need it. Nested connections pass a supplier that counts
 * for all parents of a batch at once (see {@link Lazy}).
 */
// Registered for reflection: SmallRye GraphQL reads nodes, edges, pageInfo and totalCount through the
// concrete connection class, and the native image keeps inherited methods only of registered classes.
@io.quarkus.runtime.annotations.RegisterForReflection
public abstract class Connection<T, E extends Edge<T>> {

    @Ignore
    private final Page<T> page;
    private final List<E> edges;
    @Ignore
    private final IntSupplier totalCountSupplier;

    protected Connection(Page<T> page, BiFunction<T, String, E> edge, IntSupplier totalCount) {
        this.page = page;
        this.edges = page.edges(edge);
        this.totalCountSupplier = totalCount;
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, for clients that need no cursors.")
    public List<@NonNull T> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Where this page sits in the list.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /**
     * The size of the whole list. Not a getter: SmallRye runs getters on the I/O thread, where a query
     * must not run, so every connection type exposes {@code totalCount} through a {@code @Source}
     * resolver (batched for nested connections) that calls this on a worker thread.
     */
    public int totalCount() {
        return totalCountSupplier.getAsInt();
    }

    public static final String TOTAL_COUNT_DOC = "How many items the whole list holds, across all pages (with the same filter).";
}
