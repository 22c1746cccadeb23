package dev.cventmock.cvent.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Counts one call of the account; false when today's calls are spent (the call is not counted). */
    public boolean tryAcquire(String accountNumber) {
        long limit = dailyLimit;
        if (limit == 0) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        boolean[] allowed = new boolean[1];
        used.compute(accountNumber.toUpperCase(Locale.ROOT), (k, c) -> {
            DayCount current = c == null || !c.day.equals(today) ? new DayCount(today, 0) : c;
            allowed[0] = current.calls < limit;
            return allowed[0] ? new DayCount(today, current.calls + 1) : current;
        });
        return allowed[0];
    }

    /** Calls counted today per account. */
    public Map<String, Long> usedToday() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Long> out = new TreeMap<>();
        used.forEach((k, c) -> out.put(k, c.day.equals(today) ? c.calls : 0));
        return out;
    }

    public void reset(String accountNumber) {
        used.remove(accountNumber.toUpperCase(Locale.ROOT));
    }

    public void resetAll() {
        used.clear();
    }

    private record DayCount(LocalDate day, long calls) {
    }
}
