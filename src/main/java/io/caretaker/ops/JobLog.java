package io.caretaker.ops;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.ScheduledExecution;

/**
 * One line per scheduled job run, in the category io.caretaker.jobs (DEBUG; raise it to see them): which
 * job, for which scheduled time, on which instance (the log line's host). With the clustered scheduler each
 * scheduled time appears on exactly one replica; the integration tests read these lines to prove it.
 */
public final class JobLog {

    private static final Logger LOG = Logger.getLogger("io.caretaker.jobs");

    private JobLog() {
    }

    public static void fired(ScheduledExecution execution) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Job %s fired for %s", execution.getTrigger().getId(), execution.getScheduledFireTime());
        }
    }
}
