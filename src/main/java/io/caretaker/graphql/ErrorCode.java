package io.caretaker.graphql;

/** The codes of top-level GraphQL errors, in {@code extensions.code}. Part of the API contract. */
public enum ErrorCode {
    /** No valid bearer token: sign in, or refresh the token. */
    UNAUTHENTICATED,
    /** The caller's role does not allow the operation. */
    FORBIDDEN,
    /** No object with that id or key, or none that the caller may see. */
    NOT_FOUND,
    /** The request itself is malformed: bad JSON, an invalid document, a bad argument or cursor. */
    BAD_USER_INPUT,
    /** A fault on our side; the message carries a reference to find it in the server log. */
    INTERNAL
}
