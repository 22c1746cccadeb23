package dev.cventmock.xs2event.rest;

import java.util.concurrent.ConcurrentHashMap;

/**
 * XS2event's per-client-address rate limit: a budget of requests per second (a token bucket of that size,
 * refilled continuously); beyond it the API answers 503. 0 means no limit, the default.
 */
final class ClientRateLimit {
    private static final int MAX_TRACKED_CLIENTS = 10_000;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;

    ClientRateLimit(double perSecond) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("the rate limit must be 0 (none) or more: " + perSecond);
        }
        this.perSecond = perSecond;
    }

    boolean tryAcquire(String client) {
        if (perSecond == 0) {
            return true;
        }
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear(); // forget idle clients rather than grow without bound
        }
        long now = System.nanoTime();
        boolean[] allowed = new boolean[1];
        buckets.compute(client, (k, b) -> {
            double tokens = b == null ? perSecond : Math.min(perSecond, b.tokens + (now - b.at) / 1e9 * perSecond);
            allowed[0] = tokens >= 1;
            return new Bucket(allowed[0] ? tokens - 1 : tokens, now);
        });
        return allowed[0];
    }

    void clear() {
        buckets.clear();
    }

    private record Bucket(double tokens, long at) {
    }
}
