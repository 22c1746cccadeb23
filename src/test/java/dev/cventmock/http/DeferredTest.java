package dev.cventmock.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Costly parts built a moment after start, or at once for their first user, and never after a stop. */
class DeferredTest {
    private static final Duration NEVER_IN_THIS_TEST = Duration.ofHours(1);

    @Test
    void itIsBuiltInTheBackgroundWithoutBeingAsked() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        Deferred<String> d = Deferred.inBackground("test-part", Duration.ZERO, () -> {
            built.countDown();
            return "part";
        });
        assertTrue(built.await(10, TimeUnit.SECONDS));
        assertEquals("part", d.get());
    }

    @Test
    void aFirstUserDoesNotWaitForTheDelayAndTheBuildHappensOnce() {
        AtomicInteger builds = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        Deferred<Integer> d = Deferred.inBackground("test-part", NEVER_IN_THIS_TEST, () -> {
            thread.set(Thread.currentThread().getName());
            return builds.incrementAndGet();
        });
        assertEquals(1, d.get());
        assertEquals(1, d.get());
        assertEquals(1, builds.get());
        assertEquals("test-part", thread.get(), "built on its own thread, not the caller's");
    }

    @Test
    void aCancelledPartIsNeverBuilt() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        Deferred<Integer> d = Deferred.inBackground("test-part", NEVER_IN_THIS_TEST, builds::incrementAndGet);
        d.cancel();
        assertThrows(CancellationException.class, d::get);
        AtomicInteger disposed = new AtomicInteger();
        d.whenBuilt(x -> disposed.incrementAndGet());
        assertEquals(0, builds.get());
        assertEquals(0, disposed.get());
    }

    @Test
    void aPartBuiltWhenNeededWaitsForItsFirstUser() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        Deferred<Integer> d = Deferred.whenNeeded("test-part", () -> {
            thread.set(Thread.currentThread().getName());
            return builds.incrementAndGet();
        });
        Thread.sleep(300); // longer than any background delay the server uses for its other parts
        assertEquals(0, builds.get(), "nothing built before it is needed");
        assertEquals(1, d.get());
        assertEquals(1, d.get());
        assertEquals(1, builds.get());
        assertEquals("test-part", thread.get());
    }

    @Test
    void aPartBuiltWhenNeededAndCancelledFirstIsNeverBuilt() {
        AtomicInteger builds = new AtomicInteger();
        Deferred<Integer> d = Deferred.whenNeeded("test-part", builds::incrementAndGet);
        d.cancel();
        assertThrows(CancellationException.class, d::get);
        assertEquals(0, builds.get());
    }

    @Test
    void aFailedBuildReachesItsUser() {
        Deferred<String> d = Deferred.inBackground("test-part", NEVER_IN_THIS_TEST, () -> {
            throw new IllegalStateException("no ports");
        });
        CompletionException e = assertThrows(CompletionException.class, d::get);
        assertEquals("no ports", e.getCause().getMessage());
    }

    @Test
    void aBuiltPartIsHandedToWhenBuilt() {
        Deferred<String> d = Deferred.of("ready");
        AtomicReference<String> seen = new AtomicReference<>();
        d.whenBuilt(seen::set);
        assertEquals("ready", seen.get());
        assertFalse(seen.get().isEmpty());
    }
}
