package io.caretaker.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * How one feature lets {@code node(id:)} and {@code nodes(ids:)} fetch its objects. Implementations
 * return only what the current user may see, so that a hidden object is indistinguishable from one
 * that does not exist.
 */
public interface NodeResolver {

    /** The type name encoded in global ids, e.g. {@code Bug}. */
    String type();

    /** The visible objects among these database ids, by id; missing ids are simply absent. */
    Map<Long, ? extends Node> resolve(Collection<Long> ids);
}
