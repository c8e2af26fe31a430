package io.caretaker.db;

import java.util.Locale;

/** Recognises unique-constraint violations, for races that a pre-check cannot rule out. */
public final class Constraints {

    private Constraints() {
    }

    /** True if the exception (or a cause) reports a violation of the named constraint or index. */
    public static boolean violated(Throwable thrown, String constraint) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
