package dev.cventmock.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workers the direct handlers answer on, and the connector executor that lets them resume a connection. */
class CallWorkersTest {
    private final CallWorkers workers = new CallWorkers("test-worker", 2);

    @AfterEach
    void stop() throws Exception {
        workers.stop();
    }

    @Test
    void callsRunOnNamedWorkersThatKnowThemselves() throws Exception {
        workers.start();
        CompletableFuture<String> seen = new CompletableFuture<>();
        workers.execute(() -> seen.complete(Thread.currentThread().getName() + " " + workers.isWorkerThread()));
        assertTrue(seen.get(10, TimeUnit.SECONDS).matches("test-worker-\\d+ true"), seen.get());
        assertFalse(workers.isWorkerThread(), "the test thread is not a worker");
    }

    @Test
    void theConnectorExecutorRunsAWorkersTaskAtOnceAndHandsOtherThreadsTasksToThePool() throws Exception {
        workers.start();
        AtomicReference<Runnable> handedToPool = new AtomicReference<>();
        Executor pool = handedToPool::set;
        Executor connector = workers.forConnector(pool);

        CompletableFuture<String> fromWorker = new CompletableFuture<>();
        workers.execute(() -> {
            String worker = Thread.currentThread().getName();
            connector.execute(() -> fromWorker.complete(worker.equals(Thread.currentThread().getName()) ? "inline" : "elsewhere"));
        });
        assertEquals("inline", fromWorker.get(10, TimeUnit.SECONDS));
        assertEquals(null, handedToPool.get());

        Runnable task = () -> { };
        connector.execute(task);
        assertEquals(task, handedToPool.get(), "a task from any other thread goes to the pool");
    }

    @Test
    void aWorkerOfAnotherServerIsNotTakenForOneOfThese() throws Exception {
        workers.start();
        CallWorkers other = new CallWorkers("other-worker", 1);
        other.start();
        try {
            CompletableFuture<Boolean> seen = new CompletableFuture<>();
            other.execute(() -> seen.complete(workers.isWorkerThread()));
            assertFalse(seen.get(10, TimeUnit.SECONDS));
        } finally {
            other.stop();
        }
    }

    @Test
    void afterStopACallRunsOnTheCallerSoItStillEnds() throws Exception {
        workers.start();
        workers.stop();
        AtomicReference<String> ranOn = new AtomicReference<>();
        workers.execute(() -> ranOn.set(Thread.currentThread().getName()));
        assertEquals(Thread.currentThread().getName(), ranOn.get());
    }
}
