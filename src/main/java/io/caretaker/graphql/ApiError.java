package io.caretaker.graphql;

/**
 * A top-level GraphQL error that we raise on purpose. Its message is written for the client and is
 * shown as is; every other exception is reported as {@link ErrorCode#INTERNAL} without details.
 */
public class ApiError extends RuntimeException {

    private final ErrorCode code;

    public ApiError(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiError notFound(String message) {
        return new ApiError(ErrorCode.NOT_FOUND, message);
    }

    /** The same message for an id that does not exist and for one the caller may not see. */
    public static ApiError nodeNotFound(String id) {
        return notFound("Could not find an object with id '" + id + "'.");
    }

    public static ApiError badUserInput(String message) {
        return new ApiError(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(ErrorCode.FORBIDDEN, message);
    }
}
