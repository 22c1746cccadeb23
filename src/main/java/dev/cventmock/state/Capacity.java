package dev.cventmock.state;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bound on how many of one kind of thing a store holds (guests, events, booking orders, ...), counted as they are
 * added and removed. A store takes room before it adds and gives it back when it removes; beyond the bound the
 * addition is refused with {@link Full}, and nothing already stored changes.
 */
public final class Capacity {
    private final String what;
    private final String setting;
    private final AtomicLong used = new AtomicLong();
    private volatile long max;

    /**
     * @param what    the things counted, plural ("guests")
     * @param setting how a user raises the bound ("--max-guests"), named in the refusal
     */
    public Capacity(String what, String setting, long max) {
        this.what = what;
        this.setting = setting;
        max(max);
    }

    /** The refusal of an addition beyond the bound; its message names the bound and how to raise it. */
    public static final class Full extends RuntimeException {
        private final Capacity capacity;

        Full(Capacity capacity) {
            super("the emulator holds " + capacity.max + " " + capacity.what + ", its limit (" + capacity.setting
                    + "); nothing was stored", null, false, false);
            this.capacity = capacity;
        }

        public Capacity capacity() {
            return capacity;
        }
    }

    /** The refusal this bound gives now. */
    public Full full() {
        return new Full(this);
    }

    public String what() {
        return what;
    }

    public long max() {
        return max;
    }

    public void max(long max) {
        if (max < 1) {
            throw new IllegalArgumentException(what + ": the limit must be at least 1: " + max);
        }
        this.max = max;
    }

    public long used() {
        return used.get();
    }

    /** Room left (0 when full). */
    public long free() {
        return Math.max(0, max - used.get());
    }

    /** Takes room for one more, or throws {@link Full}. */
    public void take() {
        take(1);
    }

    /** Takes room for {@code n} more, all or none: throws {@link Full} when they do not all fit. */
    public void take(long n) {
        long held;
        do {
            held = used.get();
            if (held + n > max) {
                throw new Full(this);
            }
        } while (!used.compareAndSet(held, held + n));
    }

    /** Counts one more without checking the bound (recovery puts back what was stored before). */
    public void takeAnyway() {
        used.incrementAndGet();
    }

    public void give(long n) {
        used.addAndGet(-n);
    }

    public void reset() {
        used.set(0);
    }
}
