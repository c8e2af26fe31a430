package io.caretaker.graphql;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception a resolver throws into a GraphQL error with a code and a message that is safe
 * to show: our own {@link ApiError}s as they are, security refusals as FORBIDDEN or UNAUTHENTICATED,
 * anything else as INTERNAL with a reference that points to the full exception in the server log.
 * No exception class name, stack trace or SQL reaches a client.
 */
final class ApiErrorHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ApiErrorHandler.class);
    private static final int MAX_CAUSE_DEPTH = 10;

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters params) {
        Throwable thrown = params.getException();
        String field = params.getPath().getSegmentName();
        GraphQLError error = new CodedError(describe(thrown, field, params),
                params.getSourceLocation() == null ? List.of() : List.of(params.getSourceLocation()),
                params.getPath().toList(), codeOf(thrown));
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static ErrorCode codeOf(Throwable thrown) {
        Throwable known = knownCause(thrown);
        if (known instanceof ApiError api) {
            return api.code();
        }
        if (known instanceof UnauthorizedException) {
            return ErrorCode.UNAUTHENTICATED;
        }
        if (known instanceof ForbiddenException) {
            return ErrorCode.FORBIDDEN;
        }
        return ErrorCode.INTERNAL;
    }

    private static String describe(Throwable thrown, String field, DataFetcherExceptionHandlerParameters params) {
        Throwable known = knownCause(thrown);
        if (known instanceof ApiError api) {
            return api.getMessage();
        }
        if (known instanceof UnauthorizedException) {
            return "Authentication required: send a valid bearer token.";
        }
        if (known instanceof ForbiddenException) {
            return "Forbidden: your role does not allow '" + field + "'.";
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(thrown, "Internal error %s while resolving %s", reference, params.getPath());
        return "Internal error (reference " + reference + ").";
    }

    /** Interceptors, transactions and futures wrap exceptions; look through them for one we know. */
    private static Throwable knownCause(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof ApiError || current instanceof UnauthorizedException
                    || current instanceof ForbiddenException) {
                return current;
            }
            current = current.getCause();
        }
        return thrown;
    }
}
