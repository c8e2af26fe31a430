package io.caretaker.archive;

/**
 * An import that cannot go ahead, for a reason the caller can act on; nothing has been written when it is
 * thrown (the import's transaction rolls back). Answered as JSON with the HTTP status and code given here.
 */
final class ImportRejected extends RuntimeException {

    private final int status;
    private final String code;

    private ImportRejected(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The upload is not a readable archive of this format, or its content does not fit its manifest. */
    static ImportRejected badArchive(String message) {
        return new ImportRejected(400, "BAD_ARCHIVE", message);
    }

    /** The archive is fine but does not fit this instance: not empty, or another schema version. */
    static ImportRejected conflict(String message) {
        return new ImportRejected(409, "CONFLICT", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
