package io.caretaker.sla;

import java.time.Duration;

import io.caretaker.bugs.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Service-level targets of bugs, per severity: time to triage and time to resolve. */
@ConfigMapping(prefix = "caretaker.sla")
public interface SlaConfig {

    /** Targets of one severity. */
    interface Targets {
        /** From report (or reopening) to triage. */
        Duration triage();

        /** From report (or reopening) to resolution. */
        Duration resolve();
    }

    Targets s1();

    Targets s2();

    Targets s3();

    Targets s4();

    /** The share of a window after which a running clock is AT_RISK. */
    @WithDefault("0.8")
    double atRisk();

    /** How often breaches are recorded and the open-bug gauge refreshed, e.g. 1m; "off" disables the check. */
    @WithDefault("1m")
    String checkEvery();

    default Targets of(Severity severity) {
        return switch (severity) {
            case S1 -> s1();
            case S2 -> s2();
            case S3 -> s3();
            case S4 -> s4();
        };
    }
}
