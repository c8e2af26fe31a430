package io.caretaker.maintenance;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * When a recurring task falls due: a five-field cron expression (minute hour day-of-month month
 * day-of-week, as crontab has it) read in a time zone, so that "0 3 * * *" stays at 03:00 local time
 * across daylight-saving changes.
 */
public final class Cadence {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final ExecutionTime times;
    private final ZoneId zone;

    private Cadence(ExecutionTime times, ZoneId zone) {
        this.times = times;
        this.zone = zone;
    }

    /** The cadence, or an explanation of what is wrong with the expression or the zone. */
    public static Cadence parse(String cron, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + timeZone + "' is not a time zone (use a name like Europe/Berlin or UTC).");
        }
        if (cron == null || cron.isBlank() || cron.strip().split("\\s+").length != 5) {
            throw new IllegalArgumentException("'" + cron + "' is not a cron expression of five fields: minute hour"
                    + " day-of-month month day-of-week, e.g. \"0 3 * * 1\" for Mondays at 03:00.");
        }
        try {
            return new Cadence(ExecutionTime.forCron(PARSER.parse(cron.strip()).validate()), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cron + "' is not a valid cron expression: " + e.getMessage());
        }
    }

    /** The first due time after {@code after}, if the expression ever falls due again. */
    public Optional<OffsetDateTime> next(OffsetDateTime after) {
        return times.nextExecution(after.atZoneSameInstant(zone)).map(Cadence::utc);
    }

    /** The due times after {@code after} up to and including {@code until}, at most {@code max} of them. */
    public List<OffsetDateTime> between(OffsetDateTime after, OffsetDateTime until, int max) {
        List<OffsetDateTime> due = new ArrayList<>();
        OffsetDateTime cursor = after;
        while (due.size() < max) {
            Optional<OffsetDateTime> next = next(cursor);
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            due.add(next.get());
            cursor = next.get();
        }
        return due;
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
