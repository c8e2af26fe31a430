package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Pages of a nested list (the comments of each bug, the revisions of each runbook) for a whole batch
 * of parents in one statement: a window function numbers the rows of each parent, and only the first
 * {@code size + 1} of each come back. The statements a query runs do not grow with the page size.
 */
public final class NestedPager {

    /** A nested ordering on a plain, non-null column of the child table. */
    public record Ordering<E>(String name, String column, CursorType type, SortDirection direction,
            Function<E, Object> value) {
    }

    /** What a nested list is: its entity, table, parent column, and how to read parent and id of a row. */
    public record Child<E>(Class<E> entity, String table, String parentColumn, ToLongFunction<E> parentOf,
            ToLongFunction<E> idOf) {
    }

    private NestedPager() {
    }

    public static <E> Map<Long, Page<E>> pages(EntityManager em, Child<E> child, Ordering<E> ordering,
            Collection<Long> parentIds, PageRequest request) {
        return pages(em, child, ordering, parentIds, request, SqlCondition.NONE);
    }

    /**
     * A SQL condition over the child table (alias {@code t}) with its parameters, e.g. the visibility of
     * confidential bugs when the children are bugs themselves.
     */
    public record SqlCondition(String sql, Map<String, Object> parameters) {
        public static final SqlCondition NONE = new SqlCondition(null, Map.of());
    }

    public static <E> Map<Long, Page<E>> pages(EntityManager em, Child<E> child, Ordering<E> ordering,
            Collection<Long> parentIds, PageRequest request, SqlCondition condition) {
        Map<Long, Page<E>> pages = new HashMap<>();
        if (parentIds.isEmpty()) {
            return pages;
        }
        SortDirection scan = request.backward() ? ordering.direction().reversed() : ordering.direction();
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), ordering.name(), ordering.type());
        String col = "t." + ordering.column();
        StringBuilder sql = new StringBuilder("select x.* from (select t.*, row_number() over (partition by t.")
                .append(child.parentColumn()).append(" order by ").append(col).append(' ').append(scan.name())
                .append(", t.id ").append(scan.name()).append(") as row_in_parent__ from ").append(child.table())
                .append(" t where t.").append(child.parentColumn()).append(" in (:parents)");
        if (condition.sql() != null) {
            sql.append(" and ").append(condition.sql());
        }
        if (cursor != null) {
            String op = scan == SortDirection.ASC ? ">" : "<";
            sql.append(" and (").append(col).append(' ').append(op).append(" :cursorValue or (").append(col)
                    .append(" = :cursorValue and t.id ").append(op).append(" :cursorId))");
        }
        sql.append(") x where x.row_in_parent__ <= :limit order by x.").append(child.parentColumn())
                .append(", x.row_in_parent__");

        Query query = em.createNativeQuery(sql.toString(), child.entity())
                .setParameter("parents", parentIds)
                .setParameter("limit", request.size() + 1);
        if (cursor != null) {
            query.setParameter("cursorValue", cursor.value()).setParameter("cursorId", cursor.id());
        }
        condition.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<E> rows = query.getResultList();

        Map<Long, List<E>> byParent = new LinkedHashMap<>();
        for (E row : rows) {
            byParent.computeIfAbsent(child.parentOf().applyAsLong(row), k -> new ArrayList<>()).add(row);
        }
        for (Long parent : parentIds) {
            List<E> list = byParent.getOrDefault(parent, List.of());
            boolean more = list.size() > request.size();
            List<E> shown = new ArrayList<>(list.subList(0, Math.min(list.size(), request.size())));
            if (request.backward()) {
                Collections.reverse(shown);
            }
            List<String> cursors = new ArrayList<>(shown.size());
            for (E item : shown) {
                cursors.add(Cursor.encode(ordering.name(), child.idOf().applyAsLong(item), ordering.value().apply(item),
                        ordering.type()));
            }
            boolean hasNext = request.backward() ? request.before() != null : more;
            boolean hasPrevious = request.backward() ? more : request.after() != null;
            pages.put(parent, new Page<>(shown, cursors, hasNext, hasPrevious));
        }
        return pages;
    }

    /** The number of children of each parent, in one grouped statement; parents without any count 0. */
    public static Map<Long, Integer> counts(EntityManager em, Child<?> child, Collection<Long> parentIds) {
        return counts(em, child, parentIds, SqlCondition.NONE);
    }

    public static Map<Long, Integer> counts(EntityManager em, Child<?> child, Collection<Long> parentIds,
            SqlCondition condition) {
        Map<Long, Integer> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        Query query = em.createNativeQuery("select t." + child.parentColumn() + ", count(*) from "
                + child.table() + " t where t." + child.parentColumn() + " in (:parents)"
                + (condition.sql() != null ? " and " + condition.sql() : "") + " group by t." + child.parentColumn())
                .setParameter("parents", parentIds);
        condition.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        for (Long parent : parentIds) {
            counts.putIfAbsent(parent, 0);
        }
        return counts;
    }
}
