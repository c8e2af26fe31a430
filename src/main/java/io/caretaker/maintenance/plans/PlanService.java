package io.caretaker.maintenance.plans;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.caretaker.bugs.Bug;
import io.caretaker.bugs.BugQueries;
import io.caretaker.db.Timestamps;
import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.UserErrorCode;
import io.caretaker.graphql.UserErrors;
import io.caretaker.knowledge.Article;
import io.caretaker.knowledge.ArticleQueries;
import io.caretaker.maintenance.MaintenanceInputs.RecurringTaskCreateInput;
import io.caretaker.maintenance.MaintenanceQueries;
import io.caretaker.maintenance.RecurringTask;
import io.caretaker.maintenance.RecurringTaskService;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Malformed;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Parsed;
import io.caretaker.maintenance.plans.PlanInputs.MaintenancePlanItemUpdateInput;
import io.caretaker.maintenance.plans.PlanInputs.MaintenancePlanPayload;
import io.caretaker.maintenance.plans.PlanInputs.PlanItemLink;
import io.caretaker.maintenance.plans.PlanInputs.PlanItemPayload;
import io.caretaker.maintenance.plans.PlanInputs.PlanRecurringTasksPayload;
import io.caretaker.maintenance.plans.PlanTypes.MaintenancePlan;
import io.caretaker.maintenance.plans.PlanTypes.PlanItem;
import io.caretaker.maintenance.plans.PlanTypes.SuggestedRecurringTask;
import io.caretaker.runbooks.Runbook;
import io.caretaker.runbooks.RunbookQueries;
import io.caretaker.security.CurrentUser;

/** Importing plans, changing their items, and turning their ongoing activities into recurring tasks. */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlanQueries plans;

    @Inject
    RunbookQueries runbooks;

    @Inject
    ArticleQueries articles;

    @Inject
    BugQueries bugs;

    @Inject
    MaintenanceQueries maintenance;

    @Inject
    RecurringTaskService recurringTasks;

    /** Reads the whole document first: a single fault, and nothing is imported. */
    @Transactional
    public MaintenancePlanPayload importPlan(String markdown) {
        Parsed parsed;
        try {
            parsed = MaintenancePlanDocument.read(markdown);
        } catch (Malformed e) {
            UserErrors errors = new UserErrors();
            e.errors().forEach(error -> errors.add(UserErrorCode.INVALID, error.toString(), "input", "markdown"));
            return new MaintenancePlanPayload(null, errors.list());
        }
        if (parsed.title().length() > 200) {
            return new MaintenancePlanPayload(null, UserErrors.single(UserErrorCode.TOO_LONG,
                    "line 1: the title may have at most 200 characters.", "input", "markdown"));
        }
        MaintenancePlanEntity plan = store(parsed, currentUser.id(), Timestamps.now());
        em.flush();
        LOG.infof("Imported maintenance plan '%s': %d sections, %d items", plan.title, parsed.sections().size(),
                parsed.items().size());
        return new MaintenancePlanPayload(MaintenancePlan.of(plan), List.of());
    }

    /** Writes a read plan: the plan with its template, its sections, its items in their imported states. */
    @Transactional
    public MaintenancePlanEntity store(Parsed parsed, long importedById, OffsetDateTime at) {
        MaintenancePlanEntity plan = new MaintenancePlanEntity();
        plan.title = parsed.title();
        plan.template = parsed.template();
        plan.totalNotes = parsed.totalNotes();
        plan.importedById = importedById;
        plan.createdAt = at;
        plan.updatedAt = at;
        em.persist(plan);
        Map<Integer, Long> sectionIds = new HashMap<>();
        for (MaintenancePlanDocument.Section section : parsed.sections()) {
            PlanSectionEntity entity = new PlanSectionEntity();
            entity.planId = plan.id;
            entity.number = section.number();
            entity.title = section.title();
            entity.groupTitle = section.group();
            entity.notes = section.notes();
            em.persist(entity);
            sectionIds.put(section.number(), entity.id);
        }
        for (MaintenancePlanDocument.Item item : parsed.items()) {
            PlanItemEntity entity = new PlanItemEntity();
            entity.planId = plan.id;
            entity.sectionId = sectionIds.get(item.sectionNumber());
            entity.position = item.position();
            entity.text = item.text();
            entity.lineBefore = item.before();
            entity.lineAfter = item.after();
            entity.status = PlanItemStatus.of(item.status());
            em.persist(entity);
        }
        em.flush();
        return plan;
    }

    @Transactional
    public PlanItemPayload updateItem(String id, MaintenancePlanItemUpdateInput input) {
        long dbId = GlobalId.decode(id, PlanItem.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        PlanItemEntity item = em.find(PlanItemEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ApiError.nodeNotFound(id);
        }
        List<PlanItemLink> clear = input.clear() == null ? List.of() : input.clear();
        UserErrors errors = new UserErrors();
        errors.checkVersion(input.version(), item.version, "plan item");
        Long runbookId = errors.reference(input.runbookId(), Runbook.TYPE, r -> runbooks.byIds(List.of(r)).containsKey(r),
                "input", "runbookId");
        Long articleId = errors.reference(input.articleId(), Article.TYPE, a -> articles.visibleByIds(List.of(a)).containsKey(a),
                "input", "articleId");
        Long bugId = errors.reference(input.bugId(), Bug.TYPE, b -> bugs.visibleByIds(List.of(b)).containsKey(b),
                "input", "bugId");
        Long taskId = errors.reference(input.recurringTaskId(), RecurringTask.TYPE,
                t -> maintenance.tasksByIds(List.of(t)).containsKey(t), "input", "recurringTaskId");
        if (errors.any()) {
            return new PlanItemPayload(null, errors.list());
        }
        if (input.status() != null) {
            item.status = input.status();
        }
        item.runbookId = clear.contains(PlanItemLink.RUNBOOK) ? null : runbookId != null ? runbookId : item.runbookId;
        item.articleId = clear.contains(PlanItemLink.ARTICLE) ? null : articleId != null ? articleId : item.articleId;
        item.bugId = clear.contains(PlanItemLink.BUG) ? null : bugId != null ? bugId : item.bugId;
        item.recurringTaskId = clear.contains(PlanItemLink.RECURRING_TASK) ? null : taskId != null ? taskId : item.recurringTaskId;
        item.updatedById = currentUser.id();
        item.updatedAt = Timestamps.now();
        em.createQuery("update MaintenancePlanEntity p set p.updatedAt = :now where p.id = :id")
                .setParameter("now", item.updatedAt).setParameter("id", item.planId).executeUpdate();
        em.flush();
        return new PlanItemPayload(PlanItem.of(item), List.of());
    }

    /** Creates a recurring task for each suggestion of the plan that has none yet, owned by you. */
    @Transactional
    public PlanRecurringTasksPayload createRecurringTasks(String planId) {
        long dbId = GlobalId.decode(planId, MaintenancePlan.TYPE).orElseThrow(() -> ApiError.nodeNotFound(planId));
        if (em.find(MaintenancePlanEntity.class, dbId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ApiError.nodeNotFound(planId);
        }
        List<RecurringTask> created = new ArrayList<>();
        UserErrors errors = new UserErrors();
        String me = GlobalId.encode(io.caretaker.users.User.TYPE, currentUser.id());
        for (SuggestedRecurringTask suggestion : plans.suggestions(List.of(dbId)).get(dbId)) {
            if (suggestion.created()) {
                continue;
            }
            var payload = recurringTasks.create(new RecurringTaskCreateInput(suggestion.activity(),
                    "From the plan's ongoing activities.", suggestion.cron(), "UTC", me, null));
            if (payload.recurringTask() != null) {
                created.add(payload.recurringTask());
            } else {
                payload.userErrors().forEach(e -> errors.add(e.code(), suggestion.activity() + ": " + e.message(), "id"));
            }
        }
        if (errors.any()) {
            io.quarkus.narayana.jta.QuarkusTransaction.setRollbackOnly();
            return new PlanRecurringTasksPayload(List.of(), errors.list());
        }
        return new PlanRecurringTasksPayload(created, List.of());
    }
}
