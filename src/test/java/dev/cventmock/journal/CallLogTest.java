package dev.cventmock.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** One line per call on standard error, in the same format as every other log line. */
class CallLogTest {
    private static final DateTimeFormatter SLF4J_SIMPLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    @Test
    void aLineHasTheTimeLevelAndLoggerOfEveryOtherLogLine() {
        CallLog.LineFormat format = new CallLog.LineFormat();
        for (long millis : new long[] {0, 9, 99, 999, 1_000, 1_763_750_000_007L, 1_763_750_000_070L, 1_763_750_000_700L,
            1_763_750_001_000L, 1_763_749_999_999L, 4_102_444_799_999L, -1L}) {
            StringBuilder b = new StringBuilder();
            format.append(millis, "SOAP 1.1 Login -> ok user=té 1 ms", b);
            assertEquals(SLF4J_SIMPLE.format(Instant.ofEpochMilli(millis)) + " INFO cvent-mock.calls - SOAP 1.1 Login -> ok user=té 1 ms"
                    + System.lineSeparator(), b.toString(), "at " + millis);
        }
    }
}
