package dev.cventmock.cvent.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cvent's daily API call limit per account (Cvent's is 10,000). Days are UTC days of the server's clock.
 * A limit of 0 means unlimited, the default, so load tests are not cut off.
 */
public final class ApiQuota {
    private final ConcurrentHashMap<String, DayCount> used = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long dailyLimit;

    public ApiQuota(Clock clock, long dailyLimit) {
        this.clock = clock;
        limit(dailyLimit);
    }

    public long limit() {
        return dailyLimit;
    }

    public void limit(long calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("the daily limit must be 0 (unlimited) or more: " + calls);
        }
        this.dailyLimit = calls;
    }

    /**
     * Counts one call of the account; false when today's calls are spent (the call is not counted). Calls are counted
     * with no limit too, so DescribeGlobal can report today's count; counting is a lock-free increment.
     */
    public boolean tryAcquire(String accountNumber) {
        long limit = dailyLimit;
        DayCount count = today(accountNumber.toUpperCase(Locale.ROOT));
        if (limit == 0) {
            count.calls.incrementAndGet();
            return true;
        }
        while (true) {
            long n = count.calls.get();
            if (n >= limit) {
                return false;
            }
            if (count.calls.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Calls the account made today. */
    public long usedToday(String accountNumber) {
        DayCount c = used.get(accountNumber.toUpperCase(Locale.ROOT));
        return c == null || c.day != today() ? 0 : c.calls.get();
    }

    /** Today's UTC day as a number: arithmetic on the clock, no date objects on every call. */
    private long today() {
        return Math.floorDiv(clock.millis(), 86_400_000L);
    }

    private DayCount today(String key) {
        long today = today();
        while (true) {
            DayCount c = used.get(key);
            if (c != null && c.day == today) {
                return c;
            }
            DayCount fresh = new DayCount(today);
            if (c == null ? used.putIfAbsent(key, fresh) == null : used.replace(key, c, fresh)) {
                return fresh;
            }
        }
    }

    /** Calls counted today per account. */
    public Map<String, Long> usedToday() {
        long today = today();
        Map<String, Long> out = new TreeMap<>();
        used.forEach((k, c) -> out.put(k, c.day == today ? c.calls.get() : 0));
        return out;
    }

    public void reset(String accountNumber) {
        used.remove(accountNumber.toUpperCase(Locale.ROOT));
    }

    public void resetAll() {
        used.clear();
    }

    private static final class DayCount {
        final long day;
        final AtomicLong calls = new AtomicLong();

        DayCount(long day) {
            this.day = day;
        }
    }
}
