package io.caretaker.components;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.caretaker.components.ComponentInputs.ComponentCreateInput;
import io.caretaker.components.ComponentInputs.ComponentCreatePayload;
import io.caretaker.components.ComponentInputs.ComponentFilter;
import io.caretaker.components.ComponentInputs.ComponentOrder;
import io.caretaker.db.Constraints;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.graphql.Where;
import io.caretaker.users.User;
import io.caretaker.users.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class ComponentService {

    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 5_000;

    @Inject
    EntityManager em;

    @Inject
    UserService users;

    @Transactional
    public ComponentCreatePayload create(ComponentCreateInput input) {
        UserErrors errors = new UserErrors();
        String name = errors.required(input.name(), NAME_MAX, "input", "name");
        String description = errors.optional(input.description(), DESCRIPTION_MAX, "input", "description");
        Long ownerId = errors.reference(input.ownerId(), User.TYPE, users::exists, "input", "ownerId");
        if (name != null && findByName(name) != null) {
            errors.add(UserErrorCode.TAKEN, nameTaken(name), "input", "name");
        }
        if (errors.any()) {
            return new ComponentCreatePayload(null, errors.list());
        }
        ComponentEntity component = new ComponentEntity();
        component.name = name;
        component.description = description;
        component.ownerId = ownerId;
        component.createdAt = Timestamps.now();
        component.updatedAt = component.createdAt;
        try {
            em.persist(component);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "component_name_key")) {
                // a concurrent request took the name between our check and the insert
                QuarkusTransaction.setRollbackOnly();
                return new ComponentCreatePayload(null, UserErrors.single(UserErrorCode.TAKEN, nameTaken(name), "input", "name"));
            }
            throw e;
        }
        return new ComponentCreatePayload(Component.of(component), List.of());
    }

    public ComponentEntity findByName(String name) {
        return em.createQuery("from ComponentEntity e where lower(e.name) = lower(:name)", ComponentEntity.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }

    public boolean exists(long id) {
        return em.find(ComponentEntity.class, id) != null;
    }

    public Map<Long, Component> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, ComponentEntity.class, e -> e.id, Where.all(), ids, Component::of);
    }

    public Page<Component> page(ComponentFilter filter, ComponentOrder order, PageRequest request) {
        ComponentOrder effective = order != null ? order : ComponentOrder.DEFAULT;
        return KeysetPager.page(em, ComponentEntity.class, e -> e.id, where(filter), effective.field().key,
                effective.directionOrDefault(), request).map(Component::of);
    }

    public int count(ComponentFilter filter) {
        return KeysetPager.count(em, ComponentEntity.class, where(filter));
    }

    private static Where where(ComponentFilter filter) {
        Where where = Where.all();
        if (filter != null) {
            where.andContains("q", filter.query(), "e.name");
        }
        return where;
    }

    private static String nameTaken(String name) {
        return "A component named '" + name + "' already exists.";
    }
}
