package io.caretaker.components;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.components.ComponentInputs.ComponentCreateInput;
import io.caretaker.components.ComponentInputs.ComponentCreatePayload;
import io.caretaker.components.ComponentInputs.ComponentFilter;
import io.caretaker.components.ComponentInputs.ComponentOrder;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.PageRequest;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

@GraphQLApi
public class ComponentGraphQL {

    @Inject
    ComponentService components;

    @Inject
    UserLoader users;

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("The components of the product.")
    public @NonNull ComponentConnection components(@Description("Narrows the list.") ComponentFilter filter,
            @Description("Order of the list: by name when omitted.") ComponentOrder orderBy,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new ComponentConnection(components.page(filter, orderBy, request), () -> components.count(filter));
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    @Description("Creates a component. Admins only.")
    public ComponentCreatePayload componentCreate(@NonNull @Description("The new component.") ComponentCreateInput input) {
        return components.create(input);
    }

    @Description("The user who owns the component.")
    public List<User> owner(@Source List<Component> list) {
        Map<Long, User> found = users.load(list.stream().map(Component::ownerId).toList());
        return list.stream().map(c -> c.ownerId() == null ? null : found.get(c.ownerId())).toList();
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source ComponentConnection connection) {
        return connection.totalCount();
    }

    @Produces
    @ApplicationScoped
    NodeResolver componentNodes(ComponentService components) {
        return NodeResolver.of(Component.TYPE, components::byIds);
    }
}
