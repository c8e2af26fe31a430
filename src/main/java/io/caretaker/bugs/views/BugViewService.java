package io.caretaker.bugs.views;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.views.BugViewInputs.BugViewDeletePayload;
import io.caretaker.bugs.views.BugViewInputs.BugViewSaveInput;
import io.caretaker.bugs.views.BugViewInputs.BugViewSavePayload;
import io.caretaker.bugs.views.BugViewInputs.BugViewsFilter;
import io.caretaker.components.Component;
import io.caretaker.components.ComponentService;
import io.caretaker.db.Constraints;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.graphql.Where;
import io.caretaker.security.CurrentUser;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Saved views. Everyone keeps personal views; engineers share views with the team. A personal view is
 * invisible to everyone but its owner (NOT_FOUND, like a view that does not exist).
 */
@ApplicationScoped
public class BugViewService {

    static final int NAME_MAX = 100;
    static final SortKey BY_NAME = new SortKey("name", "lower(e.name)", CursorType.STRING);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ComponentService components;

    @Inject
    UserService users;

    @Transactional
    public BugViewSavePayload save(BugViewSaveInput input) {
        long me = currentUser.id();
        BugViewEntity view = null;
        if (input.id() != null) {
            view = visible(input.id(), true);
            if (view.ownerId != me) {
                throw ApiError.forbidden("Forbidden: only its owner changes a view.");
            }
        }
        boolean share = input.shared() != null ? input.shared() : view != null && view.shared;
        if ((share || (view != null && view.shared)) && !currentUser.has(Roles.ENGINEER)) {
            throw ApiError.forbidden("Forbidden: engineers share views with the team.");
        }
        UserErrors errors = new UserErrors();
        if (view != null) {
            if (input.version() == null) {
                errors.add(UserErrorCode.REQUIRED, "Send the version you read with the id.", "input", "version");
            } else {
                errors.checkVersion(input.version(), view.version, "view");
            }
        }
        String name = errors.required(input.name(), NAME_MAX, "input", "name");
        checkIds(input.filter(), errors);
        if (name != null && nameTaken(me, name, view == null ? null : view.id)) {
            errors.add(UserErrorCode.TAKEN, "You have a view named '" + name + "' already.", "input", "name");
        }
        if (errors.any()) {
            return new BugViewSavePayload(null, errors.list());
        }
        if (view == null) {
            view = new BugViewEntity();
            view.ownerId = me;
            view.createdAt = Timestamps.now();
        }
        view.name = name;
        view.filter = BugViewJson.write(input.filter());
        view.orderBy = BugViewJson.write(input.orderBy());
        view.shared = share;
        view.updatedAt = Timestamps.now();
        try {
            if (view.id == null) {
                em.persist(view);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "bug_view_owner_name_key")) {
                QuarkusTransaction.setRollbackOnly();
                return new BugViewSavePayload(null, UserErrors.single(UserErrorCode.TAKEN,
                        "You have a view named '" + name + "' already.", "input", "name"));
            }
            throw e;
        }
        return new BugViewSavePayload(BugView.of(view), List.of());
    }

    @Transactional
    public BugViewDeletePayload delete(String id) {
        BugViewEntity view = visible(id, true);
        boolean mine = view.ownerId == currentUser.id();
        if (!mine && !(view.shared && currentUser.has(Roles.ADMIN))) {
            throw ApiError.forbidden("Forbidden: a view is deleted by its owner (or, if shared, by an admin).");
        }
        em.remove(view);
        return new BugViewDeletePayload(id, List.of());
    }

    public Page<BugView> page(BugViewsFilter filter, PageRequest request) {
        return KeysetPager.page(em, BugViewEntity.class, e -> e.id, where(filter), BY_NAME, SortDirection.ASC, request)
                .map(BugView::of);
    }

    public int count(BugViewsFilter filter) {
        return KeysetPager.count(em, BugViewEntity.class, where(filter));
    }

    public Map<Long, BugView> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, BugViewEntity.class, e -> e.id, visible(), ids, BugView::of);
    }

    /** Your own views and the shared ones. */
    private Where visible() {
        return Where.all().and("(e.shared = true or e.ownerId = :me)", "me", currentUser.id());
    }

    private Where where(BugViewsFilter filter) {
        Where where = visible();
        if (filter != null && Boolean.TRUE.equals(filter.shared())) {
            where.and("e.shared = true");
        } else if (filter != null && Boolean.FALSE.equals(filter.shared())) {
            where.and("(e.shared = false and e.ownerId = :owner)", "owner", currentUser.id());
        }
        return where;
    }

    private BugViewEntity visible(String id, boolean lock) {
        long dbId = GlobalId.decode(id, BugView.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        BugViewEntity view = lock ? em.find(BugViewEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE) : em.find(BugViewEntity.class, dbId);
        if (view == null || (!view.shared && view.ownerId != currentUser.id())) {
            throw ApiError.nodeNotFound(id);
        }
        return view;
    }

    private boolean nameTaken(long owner, String name, Long except) {
        return em.createQuery("""
                select count(v) from BugViewEntity v
                where v.ownerId = :owner and lower(v.name) = lower(:name) and v.id <> :except""", Long.class)
                .setParameter("owner", owner).setParameter("name", name).setParameter("except", except == null ? -1L : except)
                .getSingleResult() > 0;
    }

    /** The filter's ids must name existing objects of the right type (user errors at input.filter.*). */
    private void checkIds(BugFilter filter, UserErrors errors) {
        if (filter == null) {
            return;
        }
        errors.reference(filter.componentId(), Component.TYPE, components::exists, "input", "filter", "componentId");
        errors.reference(filter.assigneeId(), User.TYPE, users::exists, "input", "filter", "assigneeId");
        errors.reference(filter.reporterId(), User.TYPE, users::exists, "input", "filter", "reporterId");
    }
}
