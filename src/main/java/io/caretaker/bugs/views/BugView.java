package io.caretaker.bugs.views;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.caretaker.bugs.BugInputs.BugFilter;
import io.caretaker.bugs.BugInputs.BugOrder;
import io.caretaker.bugs.BugInputs.BugOrderField;
import io.caretaker.bugs.BugStatus;
import io.caretaker.bugs.Priority;
import io.caretaker.bugs.Severity;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.Node;
import io.caretaker.graphql.SortDirection;

@Type("BugView")
@Description("A saved view of bugs: a named filter and order, personal or shared with the team.")
public record BugView(
        @Id @NonNull String id,
        @NonNull @Description("Its name, unique among its owner's views.") String name,
        @NonNull @Description("Shared with the team (everyone sees it), or personal (only its owner does).") boolean shared,
        @NonNull @Description("The saved filter.") Filter filter,
        @Description("The saved order; the default order (newest first) when null.") Order orderBy,
        @NonNull @Description("When it was saved first.") OffsetDateTime createdAt,
        @NonNull @Description("When it was last saved.") OffsetDateTime updatedAt,
        @NonNull @Description("Optimistic-locking version: send it back with an update.") int version,
        @Ignore long dbId,
        @Ignore long ownerId,
        @Ignore BugFilter bugFilter,
        @Ignore BugOrder bugOrder) implements Node {

    public static final String TYPE = "BugView";

    @Type("BugViewFilter")
    @Description("A saved filter: the same fields as the BugFilter input.")
    public record Filter(
            @Description("Any of these statuses.") List<@NonNull BugStatus> status,
            @Description("Any of these severities.") List<@NonNull Severity> severity,
            @Description("Any of these priorities.") List<@NonNull Priority> priority,
            @Id @Description("Filed against this component.") String componentId,
            @Id @Description("Assigned to this user.") String assigneeId,
            @Id @Description("Reported by this user.") String reporterId,
            @Description("True: only assigned bugs; false: only unassigned ones.") Boolean assigned,
            @Description("Carries this label.") String label,
            @Description("Only confidential (true) or only open (false) bugs.") Boolean confidential,
            @Description("Case-insensitive part of the title.") String query) {

        static Filter of(BugFilter f) {
            return new Filter(f.status(), f.severity(), f.priority(), f.componentId(), f.assigneeId(), f.reporterId(),
                    f.assigned(), f.label(), f.confidential(), f.query());
        }
    }

    @Type("BugViewOrder")
    @Description("A saved order.")
    public record Order(@NonNull @Description("What to order by.") BugOrderField field,
            @Description("ASC when null.") SortDirection direction) {
    }

    static BugView of(BugViewEntity e) {
        BugFilter filter = BugViewJson.readFilter(e.filter, e.id);
        BugOrder order = BugViewJson.readOrder(e.orderBy, e.id);
        return new BugView(GlobalId.encode(TYPE, e.id), e.name, e.shared, Filter.of(filter),
                order == null ? null : new Order(order.field(), order.direction()), e.createdAt, e.updatedAt, e.version,
                e.id, e.ownerId, filter, order);
    }

    @Ignore
    @Override
    public String getId() {
        return id;
    }
}
