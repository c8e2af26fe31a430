package io.caretaker.graphql;

import graphql.GraphQL;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs our error model into SmallRye's graphql-java engine: our exception handler for resolvers,
 * and an instrumentation that codes the errors graphql-java raises itself; and the timing of every
 * operation ({@link RequestMetricsInstrumentation}). SmallRye's own instruments
 * (depth and complexity limits, its query cache) are kept and run first.
 *
 * <p>Loaded by {@link java.util.ServiceLoader} (META-INF/services); without a config key it is always on.
 */
public class ApiErrorEventingService implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        ApiErrorHandler handler = new ApiErrorHandler();
        // The handler first: build() below fixes the execution strategies with the handler set then.
        builder.defaultDataFetcherExceptionHandler(handler)
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(handler));
        // The builder has no getter: build once to read the instrumentation SmallRye configured.
        Instrumentation configured = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(configured, new ErrorCodeInstrumentation(),
                new RequestMetricsInstrumentation()));
    }
}
