package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.ExceptionWhileDataFetching;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives {@code extensions.code} to the errors graphql-java raises itself (depth and complexity limits,
 * variables that do not coerce, validation) so that every top-level error carries a code, and
 * replaces them with plain errors so that no internal classification leaks into the response.
 */
final class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            errors.add(withCode(error));
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof CodedError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            // raised by SmallRye around a resolver, e.g. an argument that did not convert
            ErrorCode code = ApiErrorHandler.codeOf(fetching.getException());
            return new CodedError(code == ErrorCode.INTERNAL ? "Invalid argument or internal error." : error.getMessage(),
                    error.getLocations(), error.getPath(), code == ErrorCode.INTERNAL ? ErrorCode.BAD_USER_INPUT : code);
        }
        return new CodedError(error.getMessage(), error.getLocations(), error.getPath(), codeFor(error.getErrorType()));
    }

    private static ErrorCode codeFor(ErrorClassification type) {
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax || type == ErrorType.ExecutionAborted) {
            return ErrorCode.BAD_USER_INPUT;
        }
        return ErrorCode.INTERNAL;
    }
}
