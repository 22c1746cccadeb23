package dev.cventmock.process;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * What the server does when the JVM itself fails under it: out of memory, or an internal error. After that nothing
 * answers reliably (a worker, the call log or a Jetty thread dies, calls hang, health times out) while the process
 * stays up, neither serving nor exiting. From the command line the process then ends at once, with one line and
 * exit code 3, so Docker, systemd or a CI job restarts it or fails fast; in a test JVM (the default) the error goes
 * on as it would anyway, since ending the JVM is not a library's call.
 * <p>
 * A stack overflow is not among these: it ends one call (the request limits keep parsers from recursing that deep).
 */
public final class FatalErrors {
    /** The exit code of a process ended by a fatal error. */
    public static final int EXIT_CODE = 3;

    private static volatile Consumer<Throwable> onFatal = t -> { };

    private FatalErrors() {
    }

    /** Whether the JVM cannot be trusted to go on after {@code t}. */
    public static boolean isFatal(Throwable t) {
        return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
    }

    /** Ends the process when {@code t} is fatal and the process is set to end on one; otherwise returns. */
    public static void check(Throwable t, String where) {
        if (isFatal(t)) {
            onFatal.accept(new FatalError(where, t));
        }
    }

    /** From now on a fatal error anywhere ends the process: one line on {@code err}, then a halt. */
    public static void exitOnFatal(PrintStream err) {
        onFatal = e -> {
            // halt, not exit: shutdown hooks and a graceful stop need memory and threads that may be gone
            err.println("cvent-mock: " + e.getMessage() + "; exiting");
            err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        };
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            check(e, "thread " + thread.getName());
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                e.printStackTrace(err);
            }
        });
    }

    private static final class FatalError extends Exception {
        FatalError(String where, Throwable cause) {
            super((cause instanceof OutOfMemoryError ? "out of memory" : cause.getClass().getSimpleName()) + " in " + where
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause, false, false);
        }
    }
}
