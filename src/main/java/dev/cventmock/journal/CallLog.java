package dev.cventmock.journal;

import dev.cventmock.process.FatalErrors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-line-per-call log, written off the request path: a call only enqueues its line; one background
 * thread writes them every 20 ms: through SLF4J (so in-process users' logging configuration applies), or, with SLF4J's
 * simple backend, straight to standard error in its format, a whole batch in one write. Measured on a
 * trivial request, a synchronous line to standard error cost more than the rest of the call. If the queue
 * is ever full, lines are counted as dropped instead of slowing calls down, and the count is logged.
 */
public final class CallLog implements AutoCloseable {
    private static final Logger CALLS = LoggerFactory.getLogger("cvent-mock.calls");
    private static final int CAPACITY = 65_536;
    /**
     * The writer wakes this often and writes what has queued. Waiting on the queue instead woke it for nearly
     * every call (12,000 wake-ups a second at 20,000 calls a second, measured), each one a system call on the
     * calling thread and a context switch on a machine with two cores.
     */
    private static final long FLUSH_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);


    private final BlockingQueue<Line> lines = new ArrayBlockingQueue<>(CAPACITY);
    /** With SLF4J's simple backend (the command line's), batches go to standard error in one write each. */
    private final boolean directToStderr = LoggerFactory.getILoggerFactory().getClass().getName().startsWith("org.slf4j.simple");
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;
    private final LineFormat format = new LineFormat(); // writer thread only

    public CallLog() {
        writer = new Thread(this::drain, "cvent-mock-call-log");
        writer.setDaemon(true);
        writer.start();
    }

    private record Line(long millis, String text) {
    }

    void add(String line) {
        if (!CALLS.isInfoEnabled()) {
            return;
        }
        if (!lines.offer(new Line(System.currentTimeMillis(), line))) {
            dropped.incrementAndGet();
        }
    }

    /** The writer's loop: it must outlive a failed write, or calls would fill the queue and the log stop for good. */
    private void drain() {
        while (true) {
            try {
                drainUntilClosed();
                return;
            } catch (Throwable e) {
                FatalErrors.check(e, "the call log");
                System.err.println("cvent-mock: writing the call log failed: " + e);
            }
        }
    }

    private void drainUntilClosed() {
        List<Line> batch = new ArrayList<>(256);
        StringBuilder text = new StringBuilder(64 * 1024);
        while (true) {
            lines.drainTo(batch, 4096);
            if (batch.isEmpty()) {
                if (closed) {
                    return;
                }
                LockSupport.parkNanos(this, FLUSH_INTERVAL_NANOS);
                continue;
            }
            if (directToStderr) {
                for (Line line : batch) {
                    format.append(line.millis(), line.text(), text);
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                System.err.write(bytes, 0, bytes.length);
                System.err.flush();
                text.setLength(0);
            } else {
                for (Line line : batch) {
                    CALLS.info(line.text());
                }
            }
            batch.clear();
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                CALLS.warn("{} call log lines dropped: calls came faster than the log could be written", lost);
            }
        }
    }

    /** Writes what is queued, then stops the writer (bounded wait). */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A call's line as slf4j-simple writes the others here (time as yyyy-MM-dd'T'HH:mm:ss.SSSX in UTC, level,
     * logger), the date and time formatted once per second: at tens of thousands of lines a second, formatting
     * each time whole was most of the writer's work.
     */
    static final class LineFormat {
        private static final String LINE_END = System.lineSeparator();
        private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
        private long second = Long.MIN_VALUE;
        private String prefix;

        void append(long epochMillis, String text, StringBuilder out) {
            long s = Math.floorDiv(epochMillis, 1000);
            if (s != second) {
                second = s;
                prefix = SECOND.format(Instant.ofEpochSecond(s)) + ".";
            }
            int ms = (int) Math.floorMod(epochMillis, 1000);
            out.append(prefix).append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10))
                    .append((char) ('0' + ms % 10)).append("Z INFO cvent-mock.calls - ").append(text).append(LINE_END);
        }
    }
}
