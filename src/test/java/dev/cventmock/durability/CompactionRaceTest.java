package dev.cventmock.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.testing.Backends;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.xs2event.bookings.BookingOrders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction while many writers run loses nothing acknowledged: a snapshot may never be taken between a change's
 * append to the log and its publication in the store (the log that held it is truncated after the snapshot).
 */
class CompactionRaceTest {
    private static final String EVENT = "EVT-RACE";
    private static final int WRITERS = 6;
    private static final int WRITES_EACH = 300;

    @TempDir
    Path dir;

    private static CventBackend backend() {
        return Backends.inMemory();
    }

    /**
     * Widens the window between a change's report and its publication, as a writer preempted there would: the
     * reporting thread pauses after each record is appended, before the store publishes the change.
     */
    private static void slowReports(GuestStore store) {
        GuestStore.Changes real = store.changes();
        store.changes(new GuestStore.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return real.write(write);
            }

            @Override
            public void stored(Guest guest) {
                real.stored(guest);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Test
    void everyAcknowledgedWriteSurvivesFrequentCompactionAndARestart() throws Exception {
        CventBackend first = backend();
        DurableState state = DurableState.open(dir, 4 * 1024, first, new BookingOrders(Clock.systemUTC(), false)).state();
        slowReports(first.store());
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    String id = "G" + writer + "-" + i; // each write its last: a lost one is never written again
                    first.store().put(Guest.of(id, Map.of(GuestField.EVENT_ID, EVENT, GuestField.CITY, "v" + i), List.of()));
                    state.sync(); // the call is answered after this: from here on the write is acknowledged
                    acknowledged.put(id, i);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        pool.shutdown();
        assertTrue(dir.resolve("snapshot.dat").toFile().exists(), "compaction ran");
        state.close();

        CventBackend second = backend();
        DurableState reopened = DurableState.open(dir, 4 * 1024, second, new BookingOrders(Clock.systemUTC(), false)).state();
        try {
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, version) -> {
                Guest g = second.store().find(EVENT, id);
                if (g == null || !("v" + version).equals(g.get(GuestField.CITY))) {
                    lost.add(id + ": acknowledged v" + version + ", recovered " + (g == null ? "nothing" : g.get(GuestField.CITY)));
                }
            });
            assertEquals(List.of(), lost);
            assertEquals(WRITERS * WRITES_EACH, second.store().size());
        } finally {
            reopened.close();
        }
    }

    @Test
    void aCompactionThatMeetsWritesBetweenTheirLogRecordAndTheirPublicationWaitsForThem() throws Exception {
        CventBackend first = backend();
        DurableState state = DurableState.open(dir, 1, first, new BookingOrders(Clock.systemUTC(), false)).state();
        first.store().put(Guest.of("G-before", Map.of(GuestField.EVENT_ID, EVENT), List.of()));
        state.sync();
        int writers = 4;
        CountDownLatch logged = new CountDownLatch(writers);
        CountDownLatch publish = new CountDownLatch(1);
        GuestStore.Changes real = first.store().changes();
        first.store().changes(new GuestStore.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return real.write(write);
            }

            @Override
            public void stored(Guest guest) {
                real.stored(guest); // the record is in the log; the store has not published the guest yet
                logged.countDown();
                try {
                    publish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String id = "G-held-" + w;
            tasks.add(pool.submit(() -> first.store().put(Guest.of(id, Map.of(GuestField.EVENT_ID, EVENT), List.of()))));
        }
        assertTrue(logged.await(10, TimeUnit.SECONDS));
        Future<?> compaction = pool.submit(state::sync); // the log is over its 1-byte threshold: this compacts
        Thread.sleep(200); // time for a compaction that does not wait to snapshot the stores and empty the log
        publish.countDown();
        for (Future<?> f : tasks) {
            f.get(10, TimeUnit.SECONDS);
        }
        compaction.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        state.close(); // no further compaction: what the last one kept is all there is

        CventBackend second = backend();
        DurableState reopened = DurableState.open(dir, 1, second, new BookingOrders(Clock.systemUTC(), false)).state();
        try {
            assertNotNull(second.store().find(EVENT, "G-before"));
            for (int w = 0; w < writers; w++) {
                assertNotNull(second.store().find(EVENT, "G-held-" + w), "G-held-" + w + " was written and logged");
            }
        } finally {
            reopened.close();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedNamingTheHolder() throws Exception {
        DurableState state = DurableState.open(dir, 1 << 20, backend(), new BookingOrders(Clock.systemUTC(), false)).state();
        try {
            DirectoryLock.InUse e = org.junit.jupiter.api.Assertions.assertThrows(DirectoryLock.InUse.class,
                    () -> DurableState.open(dir, 1 << 20, backend(), new BookingOrders(Clock.systemUTC(), false)));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        } finally {
            state.close();
        }
        DurableState again = DurableState.open(dir, 1 << 20, backend(), new BookingOrders(Clock.systemUTC(), false)).state();
        assertNotNull(again, "closed, the directory can be taken again");
        again.close();
    }
}
