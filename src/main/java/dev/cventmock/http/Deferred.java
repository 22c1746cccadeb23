package dev.cventmock.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part that is costly to build and that many runs never use (Metro's ports, the servlet stack), built in
 * the background a moment after start, or only when a call first needs it. Keeping it out of the start
 * keeps start-up short; building it soon after keeps its first user from waiting, and the delay keeps it
 * from competing with a client's first calls on a two-core machine. A part built only when needed costs
 * nothing in the runs that never use it.
 */
public final class Deferred<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Deferred.class);

    private final CompletableFuture<T> value = new CompletableFuture<>();
    private final CountDownLatch needed = new CountDownLatch(1);
    private volatile boolean cancelled;

    private Deferred() {
    }

    /** Already built. */
    public static <T> Deferred<T> of(T value) {
        Deferred<T> d = new Deferred<>();
        d.value.complete(value);
        return d;
    }

    /** Built on a daemon thread named {@code what} after {@code delay}, or as soon as {@link #get()} is called. */
    public static <T> Deferred<T> inBackground(String what, Duration delay, Supplier<T> build) {
        return start(what, delay, build);
    }

    /** Built on a daemon thread named {@code what} when {@link #get()} is first called, and never otherwise. */
    public static <T> Deferred<T> whenNeeded(String what, Supplier<T> build) {
        return start(what, null, build);
    }

    private static <T> Deferred<T> start(String what, Duration delay, Supplier<T> build) {
        Deferred<T> d = new Deferred<>();
        Thread t = new Thread(() -> {
            try {
                if (delay == null) {
                    d.needed.await();
                } else {
                    d.needed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (d.cancelled) {
                d.value.cancel(false);
                return;
            }
            try {
                d.value.complete(build.get());
            } catch (RuntimeException | Error e) {
                LOG.error("cannot build {}", what, e);
                d.value.completeExceptionally(e);
            }
        }, what);
        t.setDaemon(true);
        t.start();
        return d;
    }

    /** The part, waiting for it to be built if need be. */
    public T get() {
        needed.countDown();
        return value.join();
    }

    /** For a server that stops: a part not yet being built never will be. */
    public void cancel() {
        cancelled = true;
        needed.countDown();
    }

    /** Runs {@code action} on the part once it is built (now, if it is), never if it is not. */
    public void whenBuilt(Consumer<T> action) {
        value.thenAccept(action);
    }
}
