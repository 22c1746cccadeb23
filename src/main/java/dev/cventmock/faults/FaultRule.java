package dev.cventmock.faults;

import java.util.concurrent.atomic.AtomicInteger;

/** A stored rule: match, action, and how many more times it fires (null: until removed). */
public final class FaultRule {
    private final String id;
    private final FaultMatch match;
    private final FaultAction action;
    private final Integer times;
    private final AtomicInteger remaining;

    FaultRule(String id, FaultMatch match, FaultAction action, Integer times) {
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (or absent for no limit)");
        }
        this.id = id;
        this.match = match;
        this.action = action;
        this.times = times;
        this.remaining = new AtomicInteger(times == null ? Integer.MAX_VALUE : times);
    }

    public String id() {
        return id;
    }

    public FaultMatch match() {
        return match;
    }

    public FaultAction action() {
        return action;
    }

    /** As configured; null when the rule fires until removed. */
    public Integer times() {
        return times;
    }

    /** Firings left; null when unlimited. */
    public Integer remaining() {
        return times == null ? null : Math.max(0, remaining.get());
    }

    /** Claims one firing; false when the rule is spent. */
    boolean claim() {
        return times == null || remaining.getAndDecrement() > 0;
    }

    boolean isSpent() {
        return times != null && remaining.get() <= 0;
    }
}
