package io.caretaker.sla;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.bugs.Severity;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.Where;
import io.caretaker.security.Roles;

/** The SLA of bugs: where each bug stands, and the breaches the check recorded. */
@GraphQLApi
public class SlaGraphQL {

    static final SortKey RECORDED = new SortKey("recorded", "e.recordedAt", CursorType.TIMESTAMP);

    @Inject
    SlaConfig config;

    @Inject
    BugQueries bugs;

    @Inject
    EntityManager em;

    @Input("SlaBreachFilter")
    @Description("Narrows the list of breaches.")
    public record SlaBreachFilter(@Description("Of this severity.") Severity severity, @Description("Of this clock.") SlaKind kind) {
    }

    @Description("Where the bug stands against its SLA: due times, state and the targets missed so far.")
    public List<@NonNull BugSla> sla(@Source List<Bug> list) {
        OffsetDateTime now = Timestamps.now(); // one moment for the whole page
        return list.stream().map(bug -> BugSla.of(bug, config, now)).toList();
    }

    @Query
    @RolesAllowed(Roles.ENGINEER)
    @Description("The SLA breaches the scheduled check recorded, newest first. Engineers.")
    public @NonNull SlaBreachConnection slaBreaches(@Description("Narrows the list.") SlaBreachFilter filter,
            @Description(PageRequest.FIRST_DOC) Integer first, @Description(PageRequest.AFTER_DOC) String after,
            @Description(PageRequest.LAST_DOC) Integer last, @Description(PageRequest.BEFORE_DOC) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return new SlaBreachConnection(KeysetPager.page(em, SlaBreachEntity.class, e -> e.id, where(filter), RECORDED,
                SortDirection.DESC, request).map(SlaBreach::of), () -> KeysetPager.count(em, SlaBreachEntity.class, where(filter)));
    }

    @NonNull
    @Description(Connection.TOTAL_COUNT_DOC)
    public int totalCount(@Source SlaBreachConnection connection) {
        return connection.totalCount();
    }

    @Description("The bug that missed its target.")
    public List<@NonNull Bug> bug(@Source List<SlaBreach> breaches) {
        Map<Long, Bug> found = bugs.visibleByIds(breaches.stream().map(SlaBreach::bugId).distinct().toList());
        return breaches.stream().map(b -> found.get(b.bugId())).toList();
    }

    /**
     * Only engineers and admins read breaches, and they see every bug, confidential ones included: the role
     * check on slaBreaches is what keeps confidential bugs out of others' reach here.
     */
    private Where where(SlaBreachFilter filter) {
        Where where = Where.all();
        if (filter != null) {
            where.andIf(filter.severity(), "e.severity = :severity", "severity")
                    .andIf(filter.kind(), "e.kind = :kind", "kind");
        }
        return where;
    }
}
