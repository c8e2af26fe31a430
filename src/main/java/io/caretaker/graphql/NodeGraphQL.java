package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.caretaker.security.Roles;

@GraphQLApi
public class NodeGraphQL {

    static final int MAX_NODES = PageRequest.MAX_SIZE;

    private final Map<String, NodeResolver> resolvers = new HashMap<>();

    @Inject
    NodeGraphQL(Instance<NodeResolver> all) {
        for (NodeResolver resolver : all) {
            resolvers.put(resolver.type(), resolver);
        }
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Fetches any object by its global id. An id that does not exist, or names an object you may not see, is a NOT_FOUND error.")
    public Node node(@Id @NonNull @Description("A global id.") String id) {
        return lookup(List.of(id)).get(0).orElseThrow(() -> ApiError.nodeNotFound(id));
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Fetches up to 100 objects by their global ids, in the order given; null in the place of an id that does not exist or names an object you may not see.")
    public @NonNull List<Node> nodes(
            @NonNull @Description("Global ids, at most 100.") List<@NonNull String> ids) {
        if (ids.size() > MAX_NODES) {
            throw ApiError.badUserInput("'ids' may hold at most " + MAX_NODES + " ids (got " + ids.size() + ").");
        }
        return lookup(ids).stream().map(found -> found.orElse(null)).toList();
    }

    private List<Optional<Node>> lookup(List<String> ids) {
        Map<String, Set<Long>> byType = new LinkedHashMap<>();
        List<Optional<GlobalId>> decoded = new ArrayList<>(ids.size());
        for (String id : ids) {
            Optional<GlobalId> global = GlobalId.decode(id).filter(g -> resolvers.containsKey(g.type()));
            decoded.add(global);
            global.ifPresent(g -> byType.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(g.id()));
        }
        Map<String, Map<Long, ? extends Node>> found = new HashMap<>();
        byType.forEach((type, dbIds) -> found.put(type, resolvers.get(type).resolve(dbIds)));
        List<Optional<Node>> result = new ArrayList<>(ids.size());
        for (Optional<GlobalId> global : decoded) {
            result.add(global.map(g -> (Node) found.get(g.type()).get(g.id())));
        }
        return result;
    }
}
