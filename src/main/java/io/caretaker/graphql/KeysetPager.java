package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The one way lists are paged: keyset pagination over an ordering plus the id as tie-breaker, never
 * OFFSET. A page costs one indexed range scan however deep into the list it starts.
 *
 * <p>The sort value of each row is selected by the database together with the row, so that a cursor
 * holds exactly the value the database compares (collation, {@code lower()} and all).
 */
public final class KeysetPager {

    private KeysetPager() {
    }

    public static <E> Page<E> page(EntityManager em, Class<E> entity, ToLongFunction<E> idOf, Where where,
            SortKey key, SortDirection direction, PageRequest request) {
        SortDirection scan = request.backward() ? direction.reversed() : direction;
        List<SortKey.Column> columns = key.columns();
        List<CursorType> types = columns.stream().map(SortKey.Column::type).toList();
        StringBuilder hql = new StringBuilder("select e");
        for (SortKey.Column column : columns) {
            hql.append(", ").append(column.expression());
        }
        hql.append(" from ").append(entity.getSimpleName()).append(" e where ").append(where.hql());
        Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), key.name(), types);
        if (cursor != null) {
            hql.append(" and ").append(after(columns, scan == SortDirection.ASC ? ">" : "<"));
        }
        hql.append(" order by ");
        for (SortKey.Column column : columns) {
            hql.append(column.expression()).append(' ').append(scan.name()).append(", ");
        }
        hql.append("e.id ").append(scan.name());

        TypedQuery<Object[]> query = em.createQuery(hql.toString(), Object[].class);
        bind(query, where.parameters());
        if (cursor != null) {
            for (int i = 0; i < columns.size(); i++) {
                query.setParameter("cursor" + i, cursor.values().get(i));
            }
            query.setParameter("cursorId", cursor.id());
        }
        List<Object[]> rows = query.setMaxResults(request.size() + 1).getResultList();

        boolean more = rows.size() > request.size();
        List<Object[]> shown = new ArrayList<>(rows.subList(0, Math.min(rows.size(), request.size())));
        if (request.backward()) {
            Collections.reverse(shown);
        }
        List<E> items = new ArrayList<>(shown.size());
        List<String> cursors = new ArrayList<>(shown.size());
        for (Object[] row : shown) {
            @SuppressWarnings("unchecked")
            E item = (E) row[0];
            items.add(item);
            cursors.add(Cursor.encode(key.name(), idOf.applyAsLong(item), Arrays.asList(row).subList(1, row.length), types));
        }
        boolean hasNext = request.backward() ? request.before() != null : more;
        boolean hasPrevious = request.backward() ? more : request.after() != null;
        return new Page<>(items, cursors, hasNext, hasPrevious);
    }

    /**
     * Rows after the cursor in scan order: {@code (k1 > :c0) or (k1 = :c0 and k2 > :c1) or ... or
     * (k1 = :c0 and ... and e.id > :cursorId)}, spelled out rather than as a row comparison so that it
     * also holds when a key is an expression.
     */
    private static String after(List<SortKey.Column> columns, String op) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i <= columns.size(); i++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alternative.append(columns.get(j).expression()).append(" = :cursor").append(j).append(" and ");
            }
            alternative.append(i < columns.size() ? columns.get(i).expression() + " " + op + " :cursor" + i
                    : "e.id " + op + " :cursorId");
            alternatives.add(alternative.append(')').toString());
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    /** All rows matching a filter, unordered: for lookups by ids that are bounded by the caller. */
    public static <E> List<E> list(EntityManager em, Class<E> entity, Where where) {
        TypedQuery<E> query = em.createQuery("from " + entity.getSimpleName() + " e where " + where.hql(), entity);
        bind(query, where.parameters());
        return query.getResultList();
    }

    /**
     * The rows with these ids that also match a filter (e.g. visibility), mapped and keyed by id: the one
     * way batches and {@code node(id:)} look objects up. An empty id list costs no statement.
     */
    public static <E, R> Map<Long, R> byIds(EntityManager em, Class<E> entity, ToLongFunction<E> idOf, Where where,
            Collection<Long> ids, Function<E, R> mapper) {
        Map<Long, R> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (E row : list(em, entity, where.and("e.id in :ids__", "ids__", ids))) {
            found.put(idOf.applyAsLong(row), mapper.apply(row));
        }
        return found;
    }

    public static int count(EntityManager em, Class<?> entity, Where where) {
        TypedQuery<Long> query = em.createQuery(
                "select count(e) from " + entity.getSimpleName() + " e where " + where.hql(), Long.class);
        bind(query, where.parameters());
        return Math.toIntExact(query.getSingleResult());
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
