package io.caretaker.graphql;

import java.util.function.Supplier;

/**
 * A value computed on first use and then kept: lets the connections of one batch share a single
 * count query that runs only if a client selects {@code totalCount}.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = compute.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
