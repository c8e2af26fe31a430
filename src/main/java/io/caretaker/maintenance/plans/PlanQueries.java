package io.caretaker.maintenance.plans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.caretaker.graphql.ApiError;
import io.caretaker.graphql.CursorType;
import io.caretaker.graphql.GlobalId;
import io.caretaker.graphql.KeysetPager;
import io.caretaker.graphql.Page;
import io.caretaker.graphql.PageRequest;
import io.caretaker.graphql.SortDirection;
import io.caretaker.graphql.SortKey;
import io.caretaker.graphql.Where;
import io.caretaker.maintenance.plans.MaintenancePlanDocument.Malformed;
import io.caretaker.maintenance.plans.PlanTypes.ActivityCadence;
import io.caretaker.maintenance.plans.PlanTypes.MaintenancePlan;
import io.caretaker.maintenance.plans.PlanTypes.PlanItem;
import io.caretaker.maintenance.plans.PlanTypes.PlanProgress;
import io.caretaker.maintenance.plans.PlanTypes.PlanSection;
import io.caretaker.maintenance.plans.PlanTypes.SuggestedRecurringTask;

/** The read side of maintenance plans; everyone signed in reads them. */
@ApplicationScoped
public class PlanQueries {

    static final SortKey NEWEST = new SortKey("created", "e.createdAt", CursorType.TIMESTAMP);
    private static final Pattern CADENCE = Pattern.compile("\\b(daily|weekly|monthly|quarterly)\\b", Pattern.CASE_INSENSITIVE);

    @Inject
    EntityManager em;

    public Page<MaintenancePlan> page(PageRequest request) {
        return KeysetPager.page(em, MaintenancePlanEntity.class, e -> e.id, Where.all(), NEWEST, SortDirection.DESC, request)
                .map(MaintenancePlan::of);
    }

    public int count() {
        return KeysetPager.count(em, MaintenancePlanEntity.class, Where.all());
    }

    public Map<Long, MaintenancePlan> byIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, MaintenancePlanEntity.class, e -> e.id, Where.all(), ids, MaintenancePlan::of);
    }

    public Map<Long, PlanItem> itemsByIds(Collection<Long> ids) {
        return KeysetPager.byIds(em, PlanItemEntity.class, e -> e.id, Where.all(), ids, PlanItem::of);
    }

    /** The sections of each plan with their items, in two statements. */
    public Map<Long, List<PlanSection>> sections(Collection<Long> planIds) {
        Map<Long, List<PlanSection>> result = new HashMap<>();
        if (planIds.isEmpty()) {
            return result;
        }
        Map<Long, List<PlanItem>> itemsBySection = new HashMap<>();
        em.createQuery("from PlanItemEntity e where e.planId in :ids order by e.position", PlanItemEntity.class)
                .setParameter("ids", planIds).getResultList()
                .forEach(e -> itemsBySection.computeIfAbsent(e.sectionId, s -> new ArrayList<>()).add(PlanItem.of(e)));
        em.createQuery("from PlanSectionEntity e where e.planId in :ids order by e.number", PlanSectionEntity.class)
                .setParameter("ids", planIds).getResultList().forEach(s -> {
                    List<PlanItem> items = itemsBySection.getOrDefault(s.id, List.of());
                    result.computeIfAbsent(s.planId, p -> new ArrayList<>())
                            .add(new PlanSection(s.number, s.title, s.groupTitle, s.notes, items, PlanProgress.of(items)));
                });
        return result;
    }

    /** The plan as Markdown: what was imported, with the items' states and the progress computed from them. */
    public String export(String id) {
        long dbId = GlobalId.decode(id, MaintenancePlan.TYPE).orElseThrow(() -> ApiError.nodeNotFound(id));
        return export(dbId);
    }

    String export(long planId) {
        MaintenancePlanEntity plan = em.find(MaintenancePlanEntity.class, planId);
        if (plan == null) {
            throw ApiError.nodeNotFound(GlobalId.encode(MaintenancePlan.TYPE, planId));
        }
        List<MaintenancePlanDocument.Section> sections = new ArrayList<>();
        Map<Long, Integer> numberOf = new HashMap<>();
        em.createQuery("from PlanSectionEntity e where e.planId = :id order by e.number", PlanSectionEntity.class)
                .setParameter("id", planId).getResultList().forEach(s -> {
                    sections.add(new MaintenancePlanDocument.Section(s.number, s.title, s.groupTitle, s.notes));
                    numberOf.put(s.id, s.number);
                });
        List<MaintenancePlanDocument.Item> items = em.createQuery(
                "from PlanItemEntity e where e.planId = :id order by e.position", PlanItemEntity.class)
                .setParameter("id", planId).getResultList().stream()
                .map(e -> new MaintenancePlanDocument.Item(e.position, numberOf.get(e.sectionId), e.text, e.lineBefore,
                        e.lineAfter, e.status.marker()))
                .toList();
        return MaintenancePlanDocument.write(plan.template, sections, items, plan.totalNotes);
    }

    /**
     * The lines of each plan's "Ongoing Activities" that name a cadence, and whether a recurring task of that
     * title exists already.
     */
    public Map<Long, List<SuggestedRecurringTask>> suggestions(Collection<Long> planIds) {
        Set<String> existing = new HashSet<>();
        em.createQuery("select lower(t.title) from RecurringTaskEntity t", String.class).getResultList().forEach(existing::add);
        Map<Long, List<SuggestedRecurringTask>> result = new HashMap<>();
        for (long planId : new HashSet<>(planIds)) {
            List<SuggestedRecurringTask> suggestions = new ArrayList<>();
            try {
                for (String activity : MaintenancePlanDocument.read(export(planId)).ongoingActivities()) {
                    Matcher cadence = CADENCE.matcher(activity);
                    if (cadence.find()) {
                        ActivityCadence c = ActivityCadence.valueOf(cadence.group(1).toUpperCase(Locale.ROOT));
                        String title = activity.length() > 200 ? activity.substring(0, 200) : activity;
                        suggestions.add(new SuggestedRecurringTask(title, c, c.cron, existing.contains(title.toLowerCase(Locale.ROOT))));
                    }
                }
            } catch (Malformed e) {
                throw new IllegalStateException("A stored plan no longer reads: " + e.getMessage(), e);
            }
            result.put(planId, suggestions);
        }
        return result;
    }
}
