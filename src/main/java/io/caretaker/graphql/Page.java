package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One page of a keyset-paginated list: items in display order, each with its cursor. */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), List.of(), false, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = new ArrayList<>(items.size());
        for (T item : items) {
            mapped.add(mapper.apply(item));
        }
        return new Page<>(mapped, cursors, hasNextPage, hasPreviousPage);
    }

    /**
     * Maps the items and drops those that map to null (an object that vanished or became hidden between
     * two statements of one request), each cursor staying with its item.
     */
    public <R> Page<R> mapPresent(Function<? super T, ? extends R> mapper) {
        List<R> mapped = new ArrayList<>(items.size());
        List<String> kept = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            R value = mapper.apply(items.get(i));
            if (value != null) {
                mapped.add(value);
                kept.add(cursors.get(i));
            }
        }
        return new Page<>(mapped, kept, hasNextPage, hasPreviousPage);
    }

    public <E> List<E> edges(BiFunction<? super T, String, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(items.get(i), cursors.get(i)));
        }
        return edges;
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNextPage, hasPreviousPage,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
