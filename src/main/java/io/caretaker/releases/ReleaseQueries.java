package io.caretaker.releases;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.Where;
import io.caretaker.releases.ReleaseInputs.ReleaseFilter;
import io.caretaker.releases.ReleaseInputs.ReleaseOrder;

/** The read side of releases. Every signed-in user sees every release. */
@ApplicationScoped
public class ReleaseQueries {

    @Inject
    EntityManager em;

    public Page<Release> page(ReleaseFilter filter, ReleaseOrder order, PageRequest request) {
        ReleaseOrder effective = order != null ? order : ReleaseOrder.DEFAULT;
        return KeysetPager.page(em, ReleaseEntity.class, e -> e.id, filtered(filter), effective.field().key,
                effective.directionOrDefault(), request).map(Release::of);
    }

    public int count(ReleaseFilter filter) {
        return KeysetPager.count(em, ReleaseEntity.class, filtered(filter));
    }

    /** The release with exactly this semantic version (surrounding blanks ignored). */
    public Optional<Release> byVersion(String version) {
        return findByVersion(version).map(Release::of);
    }

    public Map<Long, Release> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, ReleaseEntity.class, e -> e.id, Where.all(), ids, Release::of);
    }

    public boolean exists(long id) {
        return em.find(ReleaseEntity.class, id) != null;
    }

    Optional<ReleaseEntity> findByVersion(String version) {
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        return KeysetPager.list(em, ReleaseEntity.class, Where.all().and("e.version = :version", "version", version.strip()))
                .stream().findFirst();
    }

    private static Where filtered(ReleaseFilter filter) {
        Where where = Where.all();
        if (filter == null) {
            return where;
        }
        if (filter.shipped() != null) {
            where.and(filter.shipped() ? "e.shippedAt is not null" : "e.shippedAt is null");
        }
        return where.andContains("q", filter.query(), "e.version", "e.name");
    }
}
