package io.caretaker.bugs;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Who follows which bug. Adding a watcher twice is not an error: the database keeps one row. */
@ApplicationScoped
class BugWatchers {

    @Inject
    EntityManager em;

    /** True if the user was not watching yet. */
    boolean add(long bugId, long userId, OffsetDateTime at) {
        return em.createNativeQuery("""
                insert into bug_watcher (bug_id, user_id, created_at) values (:bug, :user, :at)
                on conflict (bug_id, user_id) do nothing""")
                .setParameter("bug", bugId).setParameter("user", userId).setParameter("at", at)
                .executeUpdate() > 0;
    }

    /** True if the user was watching. */
    boolean remove(long bugId, long userId) {
        return em.createNativeQuery("delete from bug_watcher where bug_id = :bug and user_id = :user")
                .setParameter("bug", bugId).setParameter("user", userId).executeUpdate() > 0;
    }

    /** The watchers of one bug (and its reporter) also watch another: a duplicate's people follow the original. */
    int copy(long fromBugId, long toBugId, OffsetDateTime at) {
        return em.createNativeQuery("""
                insert into bug_watcher (bug_id, user_id, created_at)
                select cast(:to as bigint), people.user_id, cast(:at as timestamptz) from (
                  select user_id from bug_watcher where bug_id = :from
                  union select reporter_id from bug where id = :from) people
                on conflict (bug_id, user_id) do nothing""")
                .setParameter("from", fromBugId).setParameter("to", toBugId).setParameter("at", at)
                .executeUpdate();
    }
}
