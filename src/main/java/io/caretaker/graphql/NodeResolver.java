package io.caretaker.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * How one feature lets {@code node(id:)} and {@code nodes(ids:)} fetch its objects (one CDI bean per type,
 * usually from a producer method of the feature's GraphQL class). Implementations
 * return only what the current user may see, so that a hidden object is indistinguishable from one
 * that does not exist.
 */
public interface NodeResolver {

    /** The type name encoded in global ids, e.g. {@code Bug}. */
    String type();

    /** The visible objects among these database ids, by id; missing ids are simply absent. */
    Map<Long, ? extends Node> resolve(Collection<Long> ids);

    /**
     * A resolver for a feature's producer method, e.g.
     * {@code @Produces @ApplicationScoped NodeResolver bugNodes(BugQueries q) { return NodeResolver.of(Bug.TYPE, q::visibleByIds); }}
     */
    static NodeResolver of(String type, Function<Collection<Long>, ? extends Map<Long, ? extends Node>> resolve) {
        return new NodeResolver() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<Long, ? extends Node> resolve(Collection<Long> ids) {
                return resolve.apply(ids);
            }
        };
    }
}
