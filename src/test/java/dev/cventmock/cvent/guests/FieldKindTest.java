package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldKindTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T08:00:00", "0001-01-01T00:00:00", "1960-01-01T00:00:00.000", "2026-02-28T23:59:59Z",
            "2026-10-01T14:00:00-05:00", "2024-02-29T00:00:00", "2026-01-01T24:00:00", "-0044-03-15T12:00:00"})
    void validDateTimesAreKeptAsWritten(String value) {
        assertEquals(value, FieldKind.DATE_TIME.canonical(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateTime", "", "2026-01-01", "2026-13-01T00:00:00", "2026-02-30T00:00:00", "2025-02-29T00:00:00",
            "2026-01-01T25:00:00", "2026-01-01T10:60:00", "2026-01-01 10:00:00", "2026-01-01T10:00", "2026-01-01T10:00:00+15:00",
            "1/1/2026"})
    void invalidDateTimesAreRejected(String value) {
        assertNull(FieldKind.DATE_TIME.canonical(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", " true "})
    void trueValues(String value) {
        assertEquals("true", FieldKind.BOOLEAN.canonical(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0"})
    void falseValues(String value) {
        assertEquals("false", FieldKind.BOOLEAN.canonical(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"boolean", "yes", "TRUE", "", "2"})
    void otherBooleansAreRejected(String value) {
        assertNull(FieldKind.BOOLEAN.canonical(value));
    }
}
