package io.caretaker.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How the value of a sort key is written into a cursor and read back as a query parameter. */
public enum CursorType {
    TIMESTAMP {
        @Override
        String write(Object value) {
            return ((OffsetDateTime) value).toInstant().toString();
        }

        @Override
        Object read(String text) {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        }
    },
    DATE {
        @Override
        String write(Object value) {
            return value.toString();
        }

        @Override
        Object read(String text) {
            return LocalDate.parse(text);
        }
    },
    INT {
        @Override
        String write(Object value) {
            return Integer.toString(((Number) value).intValue());
        }

        @Override
        Object read(String text) {
            return Integer.parseInt(text);
        }
    },
    LONG {
        @Override
        String write(Object value) {
            return Long.toString(((Number) value).longValue());
        }

        @Override
        Object read(String text) {
            return Long.parseLong(text);
        }
    },
    DECIMAL {
        @Override
        String write(Object value) {
            return ((BigDecimal) value).toPlainString();
        }

        @Override
        Object read(String text) {
            return new BigDecimal(text);
        }
    },
    /** A PostgreSQL real (e.g. a search rank): Float's shortest round-trip text gives back the exact value. */
    REAL {
        @Override
        String write(Object value) {
            return Float.toString(((Number) value).floatValue());
        }

        @Override
        Object read(String text) {
            return Float.parseFloat(text);
        }
    },
    STRING {
        @Override
        String write(Object value) {
            return value.toString();
        }

        @Override
        Object read(String text) {
            return text;
        }
    };

    abstract String write(Object value);

    /** @throws RuntimeException for text that is not a value of this type */
    abstract Object read(String text);
}
