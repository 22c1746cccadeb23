package dev.cventmock.cvent.reads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates as clients send them in filters and GetUpdated, and as guests store them. A value without an offset is GMT.
 * A date without a time stands for its whole GMT day: {@link Span} gives its first and last instant.
 */
final class SearchDates {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_DATE_TIME = DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The instants a value covers: one instant for a date and time, a whole day for a date alone. */
    record Span(Instant first, Instant last) {
    }

    private SearchDates() {
    }

    /** The value as a span, or null when it is none of the accepted forms. */
    static Span span(String value) {
        String v = value.strip();
        if (v.length() > 40) {
            return null;
        }
        Instant at = instant(v);
        if (at != null) {
            return new Span(at, at);
        }
        LocalDate day = day(v);
        if (day == null) {
            return null;
        }
        Instant first = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Span(first, first.plusSeconds(86_400).minusNanos(1));
    }

    /**
     * A date and time: xs:dateTime ({@code 2020-10-01T08:00:00[.fff][Z|±hh:mm]}), {@code 2020-10-01 08:00:00} or
     * {@code 10/01/2020 08:00[:00]}; null for anything else (a date alone included).
     */
    static Instant instant(String v) {
        try {
            if (v.indexOf('T') > 0) {
                char last = v.charAt(v.length() - 1);
                boolean offset = last == 'Z' || (v.length() > 6 && (v.charAt(v.length() - 6) == '+' || v.charAt(v.length() - 6) == '-'));
                return offset ? OffsetDateTime.parse(v).toInstant() : LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
            if (v.indexOf('/') > 0 && v.indexOf(' ') > 0) {
                return LocalDateTime.parse(v, US_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
            if (v.indexOf(' ') > 0) {
                return LocalDateTime.parse(v, SPACED).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static LocalDate day(String v) {
        try {
            return v.indexOf('/') > 0 ? LocalDate.parse(v, US_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
