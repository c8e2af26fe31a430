package io.caretaker.maintenance.plans;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.graphql.Connection;
import io.caretaker.graphql.Edge;
import io.caretaker.graphql.NodeResolver;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.knowledge.Article;
import io.caretaker.knowledge.ArticleQueries;
import io.caretaker.maintenance.MaintenanceQueries;
import io.caretaker.maintenance.RecurringTask;
import io.caretaker.maintenance.plans.PlanInputs.MaintenancePlanImportInput;
import io.caretaker.maintenance.plans.PlanInputs.MaintenancePlanItemUpdateInput;
import io.caretaker.maintenance.plans.PlanInputs.MaintenancePlanPayload;
import io.caretaker.maintenance.plans.PlanInputs.PlanItemPayload;
import io.caretaker.maintenance.plans.PlanInputs.PlanRecurringTasksPayload;
import io.caretaker.maintenance.plans.PlanTypes.MaintenancePlan;
import io.caretaker.maintenance.plans.PlanTypes.PlanItem;
import io.caretaker.maintenance.plans.PlanTypes.PlanProgress;
import io.caretaker.maintenance.plans.PlanTypes.PlanSection;
import io.caretaker.maintenance.plans.PlanTypes.SuggestedRecurringTask;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.security.Roles;
import io.caretaker.users.User;
import io.caretaker.users.UserLoader;

/** Maintenance plans in the checklist format: import, item states, progress, export, recurring tasks. */
@GraphQLApi
public class PlanGraphQL {

    @Inject
    PlanQueries plans;

    @Inject
    PlanService service;

    @Inject
    UserLoader users;

    @Inject
    RunbookQueries runbooks;

    @Inject
    ArticleQueries articles;

    @Inject
    BugQueries bugs;

    @Inject
    MaintenanceQueries maintenance;

    @Description("A page of maintenance plans.")
    public static class MaintenancePlanConnection extends Connection<MaintenancePlan, MaintenancePlanConnection.MaintenancePlanEdge> {
        public MaintenancePlanConnection(Page<MaintenancePlan> page, java.util.function.IntSupplier totalCount) {
            super(page, MaintenancePlanEdge::new, totalCount);
        }

        @org.eclipse.microprofile.graphql.Type("MaintenancePlanEdge")
        @Description("A plan with its cursor.")
        public static class MaintenancePlanEdge extends Edge<MaintenancePlan> {
            MaintenancePlanEdge(MaintenancePlan node, String cursor) {
                super(node, cursor);
            }
        }
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("Maintenance plans, newest first.")
    public @NonNull MaintenancePlanConnection maintenancePlans(@Description(PageRequest.FIRST_DOC) Integer first,
            @Description(PageRequest.AFTER_DOC) String after, @Description(PageRequest.LAST_DOC) Integer last,
            @Description(PageRequest.BEFORE_DOC) String before) {
        return new MaintenancePlanConnection(plans.page(PageRequest.of(first, after, last, before)), plans::count);
    }

    @Query
    @RolesAllowed(Roles.VIEWER)
    @Description("The plan as Markdown, in the format it was imported in: every line as imported, the items' states as they are now, the progress table computed from them. An unchanged plan exports to the very bytes imported.")
    public @NonNull String maintenancePlanExport(@Id @NonNull @Description("The plan.") String id) {
        return plans.export(id);
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    @Description("Imports a plan from its Markdown: title and preamble, \"##\" groups, numbered \"###\" sections, { } / {IP} / {X} items, the progress table and any other section. Faults are user errors naming their lines, and nothing is imported. Admins.")
    public MaintenancePlanPayload maintenancePlanImport(@NonNull @Description("The Markdown.") MaintenancePlanImportInput input) {
        return service.importPlan(input.markdown());
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Sets an item's state (you, now) and links it to a runbook, an article, a bug or a recurring task. Engineers and admins.")
    public PlanItemPayload maintenancePlanItemUpdate(@Id @NonNull @Description("The item.") String id,
            @NonNull @Description("The changes.") MaintenancePlanItemUpdateInput input) {
        return service.updateItem(id, input);
    }

    @Mutation
    @RolesAllowed(Roles.ENGINEER)
    @Description("Creates a recurring task (owned by you, UTC) for each of the plan's suggestedRecurringTasks not created yet. Engineers and admins.")
    public PlanRecurringTasksPayload maintenancePlanCreateRecurringTasks(@Id @NonNull @Description("The plan.") String id) {
        return service.createRecurringTasks(id);
    }

    // --- nested fields --------------------------------------------------------------------------------

    @Description("Its numbered sections, in order, with their items.")
    public List<@NonNull List<@NonNull PlanSection>> sections(@Source List<MaintenancePlan> list) {
        Map<Long, List<PlanSection>> found = plans.sections(list.stream().map(MaintenancePlan::dbId).distinct().toList());
        return list.stream().map(p -> found.getOrDefault(p.dbId(), List.of())).toList();
    }

    @Description("Items done, in progress and open over the whole plan.")
    public List<@NonNull PlanProgress> progress(@Source List<MaintenancePlan> list) {
        Map<Long, List<PlanSection>> found = plans.sections(list.stream().map(MaintenancePlan::dbId).distinct().toList());
        return list.stream().map(p -> PlanProgress.of(found.getOrDefault(p.dbId(), List.of()).stream()
                .flatMap(s -> s.items().stream()).toList())).toList();
    }

    @Description("The lines of its \"Ongoing Activities\" that name a cadence (daily, weekly, monthly, quarterly), offered as recurring tasks.")
    public List<@NonNull List<@NonNull SuggestedRecurringTask>> suggestedRecurringTasks(@Source List<MaintenancePlan> list) {
        Map<Long, List<SuggestedRecurringTask>> found = plans.suggestions(list.stream().map(MaintenancePlan::dbId).toList());
        return list.stream().map(p -> found.get(p.dbId())).toList();
    }

    @Description("Who imported it.")
    public List<@NonNull User> importedBy(@Source List<MaintenancePlan> list) {
        Map<Long, User> found = users.load(list.stream().map(MaintenancePlan::importedById).toList());
        return list.stream().map(p -> found.get(p.importedById())).toList();
    }

    @Description("Who last set its state or links; null if nobody since the import.")
    public List<User> updatedBy(@Source List<PlanItem> list) {
        Map<Long, User> found = users.load(list.stream().map(PlanItem::updatedById).filter(Objects::nonNull).toList());
        return list.stream().map(i -> i.updatedById() == null ? null : found.get(i.updatedById())).toList();
    }

    @Description("The runbook it links to; null when none.")
    public List<Runbook> runbook(@Source List<PlanItem> list) {
        return linked(list, PlanItem::runbookId, runbooks::byIds);
    }

    @Description("The article it links to; null when none or when you may not see it.")
    public List<Article> article(@Source List<PlanItem> list) {
        return linked(list, PlanItem::articleId, articles::visibleByIds);
    }

    @Description("The bug it links to; null when none or when you may not see it (confidential).")
    public List<Bug> bug(@Source List<PlanItem> list) {
        return linked(list, PlanItem::bugId, bugs::visibleByIds);
    }

    @Description("The recurring task it links to; null when none.")
    public List<RecurringTask> recurringTask(@Source List<PlanItem> list) {
        return linked(list, PlanItem::recurringTaskId, maintenance::tasksByIds);
    }

    @NonNull
    @Name("totalCount")
    @Description(Connection.TOTAL_COUNT_DOC)
    public int plansTotalCount(@Source MaintenancePlanConnection connection) {
        return connection.totalCount();
    }

    private static <T> List<T> linked(List<PlanItem> items, Function<PlanItem, Long> idOf,
            Function<List<Long>, Map<Long, T>> load) {
        Map<Long, T> found = load.apply(items.stream().map(idOf).filter(Objects::nonNull).distinct().toList());
        return items.stream().map(i -> idOf.apply(i) == null ? null : found.get(idOf.apply(i))).toList();
    }

    @Produces
    @ApplicationScoped
    NodeResolver planNodes(PlanQueries plans) {
        return NodeResolver.of(MaintenancePlan.TYPE, plans::byIds);
    }

    @Produces
    @ApplicationScoped
    NodeResolver planItemNodes(PlanQueries plans) {
        return NodeResolver.of(PlanItem.TYPE, plans::itemsByIds);
    }
}
