package dev.cventmock.http;

import dev.cventmock.process.FatalErrors;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.TryExecutor;

/**
 * The threads the direct handlers compute their answers on: one per core, all fed from one queue.
 * <p>
 * Why not the selector thread that read the call: when the server is saturated, each selector is a busy thread
 * that the OS preempts like any other, and a preempted selector holds every connection it owns (16 of 32 in the
 * benchmark) until it runs again; those stalls were the whole 1-guest p99 (20-40 ms against the raw-Jetty
 * ceiling's 5). A preempted worker holds one call, while the other workers drain the shared queue.
 * <p>
 * The queue is unbounded, but each connection has at most one call in it (HTTP/1.1 without pipelining reaches
 * the handler one request at a time), so it is bounded by the connection limit.
 */
public final class CallWorkers extends AbstractLifeCycle implements Executor {
    private static final ThreadLocal<CallWorkers> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;

    /** {@code threads} workers, named {@code name-1}, {@code name-2}, ..., started with the first calls. */
    public CallWorkers(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(() -> {
                CURRENT.set(this);
                try {
                    task.run();
                } catch (Throwable e) { // the pool replaces a worker that died, unless the JVM cannot go on
                    FatalErrors.check(e, Thread.currentThread().getName());
                    throw e;
                }
            }, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One worker per core, at most 8 (the calls are short and CPU-bound, more threads only queue on the cores). */
    public static CallWorkers perCore(String name) {
        return new CallWorkers(name, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /** Runs the call on a worker; once stopped, on the calling thread, so a call that raced the stop still ends. */
    @Override
    public void execute(Runnable call) {
        try {
            pool.execute(call);
        } catch (RejectedExecutionException stopped) {
            call.run();
        }
    }

    /** Whether the calling thread is one of these workers. */
    public boolean isWorkerThread() {
        return CURRENT.get() == this;
    }

    /**
     * The executor for the connector: {@code others}, except for tasks submitted by a worker, which run on it at once.
     * When a response completes on a thread other than the selector's, Jetty resumes the connection by submitting
     * it to the connector's executor; on the worker that just wrote the response, that task is a read that usually
     * finds nothing and registers interest with the selector, cheaper to do than to hand to a third thread.
     */
    public Executor forConnector(Executor others) {
        TryExecutor elsewhere = TryExecutor.asTryExecutor(others);
        return new TryExecutor() {
            @Override
            public void execute(Runnable task) {
                if (isWorkerThread()) {
                    task.run();
                } else {
                    elsewhere.execute(task);
                }
            }

            @Override
            public boolean tryExecute(Runnable task) {
                return elsewhere.tryExecute(task);
            }
        };
    }

    @Override
    protected void doStop() throws Exception {
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        super.doStop();
    }
}
