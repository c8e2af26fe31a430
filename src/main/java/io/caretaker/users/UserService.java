package io.caretaker.users;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.db.Timestamps;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.Where;
import io.caretaker.security.SecurityConfig;
import io.caretaker.security.TokenProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Users as mirrored from tokens. The first request of a user writes its row; later requests reuse
 * the id from memory and write again only when the token says something new or the row is older
 * than {@code caretaker.security.user-refresh-minutes}.
 */
@ApplicationScoped
public class UserService {

    private record Mirrored(long id, TokenProfile profile, long writtenAtNanos) {
    }

    private final Map<String, Mirrored> mirrored = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    SecurityConfig config;

    public long mirror(TokenProfile profile) {
        Mirrored known = mirrored.get(profile.subject());
        long now = System.nanoTime();
        if (known != null && known.profile().equals(profile)
                && now - known.writtenAtNanos() < TimeUnit.MINUTES.toNanos(config.userRefreshMinutes())) {
            return known.id();
        }
        // Its own transaction: a read-only request mirrors its user too, and a failing mutation must
        // not take the user row down with it.
        long id = QuarkusTransaction.requiringNew().call(() -> upsert(profile));
        mirrored.put(profile.subject(), new Mirrored(id, profile, now));
        return id;
    }

    /** Forgets the ids held in memory, after an import replaced the user rows they pointed at. */
    public void forgetMirrored() {
        mirrored.clear();
    }

    private long upsert(TokenProfile profile) {
        Number id = (Number) em.createNativeQuery("""
                insert into app_user (subject, name, email, roles, first_seen_at, last_seen_at)
                values (:subject, :name, :email, string_to_array(:roles, ','), :now, :now)
                on conflict (subject) do update
                   set name = excluded.name, email = excluded.email, roles = excluded.roles,
                       last_seen_at = excluded.last_seen_at
                returning id""")
                .setParameter("subject", profile.subject())
                .setParameter("name", truncate(profile.name(), 200))
                .setParameter("email", truncate(profile.email(), 320))
                .setParameter("roles", String.join(",", profile.roles()))
                .setParameter("now", Timestamps.now())
                .getSingleResult();
        return id.longValue();
    }

    public Map<Long, User> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, UserEntity.class, e -> e.id, Where.all(), ids, User::of);
    }

    public boolean exists(long id) {
        return em.find(UserEntity.class, id) != null;
    }

    public Page<User> page(UserFilter filter, UserOrder order, PageRequest request) {
        UserOrder effective = order != null ? order : UserOrder.DEFAULT;
        return KeysetPager.page(em, UserEntity.class, e -> e.id, where(filter), effective.field().key(),
                effective.directionOrDefault(), request).map(User::of);
    }

    public int count(UserFilter filter) {
        return KeysetPager.count(em, UserEntity.class, where(filter));
    }

    private static Where where(UserFilter filter) {
        Where where = Where.all();
        if (filter != null) {
            where.andContains("q", filter.query(), "e.name", "e.email");
        }
        return where;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
