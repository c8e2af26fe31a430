package io.caretaker.knowledge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;

/** The bugs and runbooks an article links to: validated as sets, replaced as sets. */
@ApplicationScoped
public class ArticleLinks {

    /** At most this many bugs, and this many runbooks, per article. */
    static final int MAX = 50;

    @Inject
    EntityManager em;

    @Inject
    BugQueries bugs;

    @Inject
    RunbookQueries runbooks;

    /** The database ids of the given bugs, or null (with user errors) when one is not a bug you may see. */
    Set<Long> bugs(List<String> ids, UserErrors errors, String field) {
        return resolve(ids, Bug.TYPE, found -> bugs.visibleByIds(found).keySet(), errors, field);
    }

    Set<Long> runbooks(List<String> ids, UserErrors errors, String field) {
        return resolve(ids, Runbook.TYPE, found -> runbooks.byIds(found).keySet(), errors, field);
    }

    private static Set<Long> resolve(List<String> ids, String type, java.util.function.Function<Collection<Long>, Set<Long>> existing,
            UserErrors errors, String field) {
        if (ids == null) {
            return null;
        }
        Set<Long> resolved = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<Long> decoded = new ArrayList<>();
        for (String id : ids) {
            Optional<Long> dbId = GlobalId.decode(id, type);
            decoded.add(dbId.orElse(null));
            dbId.ifPresent(resolved::add);
        }
        if (resolved.size() > MAX) {
            errors.add(UserErrorCode.INVALID, "An article links to at most " + MAX + " " + type.toLowerCase() + "s (you sent "
                    + resolved.size() + ").", "input", field);
            return null;
        }
        Set<Long> found = existing.apply(resolved);
        for (int i = 0; i < ids.size(); i++) {
            if (decoded.get(i) == null || !found.contains(decoded.get(i))) {
                unknown.add(ids.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, "No " + type + " with id " + String.join(", ", unknown.stream()
                    .map(u -> "'" + u + "'").toList()) + ".", "input", field);
            return null;
        }
        return resolved;
    }

    /** Makes the article link to exactly these bugs (null: leave them). */
    void replaceBugs(long articleId, Set<Long> bugIds, OffsetDateTime now) {
        replace(articleId, "bug_id", bugIds, now);
    }

    void replaceRunbooks(long articleId, Set<Long> runbookIds, OffsetDateTime now) {
        replace(articleId, "runbook_id", runbookIds, now);
    }

    private void replace(long articleId, String column, Set<Long> targets, OffsetDateTime now) {
        if (targets == null) {
            return;
        }
        Long[] ids = targets.toArray(Long[]::new);
        em.createNativeQuery("delete from article_link where article_id = :article and %1$s is not null and not (%1$s = any(cast(:ids as bigint[])))"
                .formatted(column))
                .setParameter("article", articleId)
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("""
                insert into article_link (article_id, %s, created_at)
                select :article, target, :now from unnest(cast(:ids as bigint[])) as target
                on conflict do nothing""".formatted(column))
                .setParameter("article", articleId)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Whether the sets differ from what the article links to now. */
    boolean differ(long articleId, Set<Long> bugIds, Set<Long> runbookIds) {
        if (bugIds == null && runbookIds == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select bug_id, runbook_id from article_link where article_id = :article")
                .setParameter("article", articleId).getResultList();
        Set<Long> currentBugs = new java.util.HashSet<>();
        Set<Long> currentRunbooks = new java.util.HashSet<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                currentBugs.add(((Number) row[0]).longValue());
            } else {
                currentRunbooks.add(((Number) row[1]).longValue());
            }
        }
        return (bugIds != null && !bugIds.equals(currentBugs)) || (runbookIds != null && !runbookIds.equals(currentRunbooks));
    }
}
