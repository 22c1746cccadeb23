package dev.cventmock.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallCountersTest {
    final AtomicLong now = new AtomicLong(1_000_000);
    final CallCounters counters = new CallCounters(now::get);

    @Test
    void countsPerOperationAndOutcome() {
        counters.count("Login", Outcome.OK);
        counters.count("Login", Outcome.DENIED);
        counters.count("Login", Outcome.OK);
        counters.count(null, Outcome.HTTP_ERROR);
        assertEquals(Map.of("Login", Map.of(Outcome.OK, 2L, Outcome.DENIED, 1L), "other", Map.of(Outcome.HTTP_ERROR, 1L)),
                counters.byOperation());
        counters.clear();
        assertEquals(Map.of(), counters.byOperation());
    }

    /** A client that makes up a path per call must not grow the table: past the bound, names count as "other". */
    @Test
    void madeUpOperationsBeyondTheBoundCountAsOther() {
        for (int i = 0; i < 10_000; i++) {
            counters.count("GET /made-up/" + i, Outcome.HTTP_ERROR);
        }
        assertEquals(CallCounters.MAX_OPERATIONS + 1, counters.byOperation().size());
        assertEquals(10_000 - CallCounters.MAX_OPERATIONS, counters.byOperation().get("other").get(Outcome.HTTP_ERROR));
        counters.count("GET /made-up/0", Outcome.HTTP_ERROR); // a name already counted keeps its own count
        assertEquals(2L, counters.byOperation().get("GET /made-up/0").get(Outcome.HTTP_ERROR));
    }

    @Test
    void perSecondCountsCoverTheLastWholeSecondsAndForgetOlderOnes() {
        counters.count("Login", Outcome.OK);
        counters.count("Login", Outcome.OK);
        now.addAndGet(2);
        counters.count("Login", Outcome.OK);
        now.incrementAndGet();
        assertArrayEquals(new long[] {0, 2, 0, 1}, counters.lastSeconds(4));
        now.addAndGet(CallCounters.SECONDS); // the same slots, two minutes on: the old counts are gone
        counters.count("Login", Outcome.OK);
        now.incrementAndGet();
        assertArrayEquals(new long[] {0, 0, 0, 1}, counters.lastSeconds(4));
    }
}
