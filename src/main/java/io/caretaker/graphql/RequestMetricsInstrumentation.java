package io.caretaker.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;

/**
 * Times every GraphQL operation the engine executes: {@code caretaker_graphql_requests_seconds} by
 * operation {@code type} (query, mutation, unknown when the document never got that far) and
 * {@code outcome} (ok, or error when the answer carries errors). Requests the HTTP gate refuses (4xx)
 * never reach the engine and are counted by the HTTP server metrics. Two tags of few values: low
 * cardinality whatever the traffic.
 */
final class RequestMetricsInstrumentation extends SimplePerformantInstrumentation {

    static final String NAME = "caretaker.graphql.requests";

    /** When the operation started and what type it turned out to be. */
    private static final class Timing implements InstrumentationState {
        final long started = System.nanoTime();
        volatile String type = "unknown";
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Timing();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        if (state instanceof Timing timing) {
            timing.type = parameters.getExecutionContext().getOperationDefinition().getOperation().name().toLowerCase(java.util.Locale.ROOT);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Timing timing) {
            Timer.builder(NAME)
                    .description("GraphQL operations executed, by operation type and outcome")
                    .tag("type", timing.type)
                    .tag("outcome", result.getErrors().isEmpty() ? "ok" : "error")
                    .register(registry())
                    .record(System.nanoTime() - timing.started, TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(result);
    }

    private volatile MeterRegistry registry;

    /**
     * The application's registry, looked up once: this instrumentation is created by SmallRye, not by
     * CDI, and runs for every operation.
     */
    private MeterRegistry registry() {
        MeterRegistry found = registry;
        if (found == null) {
            found = Arc.container().instance(MeterRegistry.class).get();
            registry = found;
        }
        return found;
    }
}
