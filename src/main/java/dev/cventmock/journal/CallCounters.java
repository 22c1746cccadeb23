package dev.cventmock.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Calls counted per operation and outcome since start or reset, and per second over the last two minutes, whether
 * the journal is on or not (it is bounded; these are not). Counting costs an increment per call, nothing is copied.
 * Operations are counted by name up to {@link #MAX_OPERATIONS}; what a client makes up beyond (one name per
 * unknown path) is counted as "other", so a hostile client cannot grow this table.
 */
public final class CallCounters {
    static final int MAX_OPERATIONS = 64;
    static final String OTHER = "other";
    /** Seconds of per-second history kept. */
    public static final int SECONDS = 120;

    private final Map<String, LongAdder[]> byOperation = new ConcurrentHashMap<>();
    private final AtomicLongArray perSecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray secondOfSlot = new AtomicLongArray(SECONDS);
    private final LongSupplier epochSecond;

    public CallCounters() {
        this(() -> System.currentTimeMillis() / 1000);
    }

    CallCounters(LongSupplier epochSecond) {
        this.epochSecond = epochSecond;
    }

    void count(String operation, Outcome outcome) {
        String name = operation == null ? OTHER : operation;
        LongAdder[] counts = byOperation.get(name);
        if (counts == null) {
            counts = byOperation.size() < MAX_OPERATIONS ? byOperation.computeIfAbsent(name, n -> newCounts())
                    : byOperation.computeIfAbsent(OTHER, n -> newCounts());
        }
        counts[outcome.ordinal()].increment();
        long now = epochSecond.getAsLong();
        int slot = (int) Math.floorMod(now, (long) SECONDS);
        long stamp = secondOfSlot.get(slot);
        if (stamp != now && secondOfSlot.compareAndSet(slot, stamp, now)) {
            perSecond.set(slot, 0); // a second not seen for two minutes: its old count goes
        }
        perSecond.incrementAndGet(slot);
    }

    private static LongAdder[] newCounts() {
        LongAdder[] counts = new LongAdder[Outcome.values().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
        return counts;
    }

    /** Per operation (sorted by name), the calls of each outcome that had any. */
    public Map<String, Map<Outcome, Long>> byOperation() {
        Map<String, Map<Outcome, Long>> out = new TreeMap<>();
        byOperation.forEach((name, counts) -> {
            Map<Outcome, Long> m = new LinkedHashMap<>();
            for (Outcome o : Outcome.values()) {
                long n = counts[o.ordinal()].sum();
                if (n > 0) {
                    m.put(o, n);
                }
            }
            out.put(name, m);
        });
        return out;
    }

    /** Calls in each of the last {@code seconds} whole seconds, oldest first (the current second not included). */
    public long[] lastSeconds(int seconds) {
        int n = Math.min(seconds, SECONDS - 1);
        long now = epochSecond.getAsLong();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long second = now - n + i;
            int slot = (int) Math.floorMod(second, (long) SECONDS);
            out[i] = secondOfSlot.get(slot) == second ? perSecond.get(slot) : 0;
        }
        return out;
    }

    public void clear() {
        byOperation.clear();
        for (int i = 0; i < SECONDS; i++) {
            perSecond.set(i, 0);
            secondOfSlot.set(i, 0);
        }
    }
}
