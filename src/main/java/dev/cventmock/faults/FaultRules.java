package dev.cventmock.faults;

import dev.cventmock.state.Capacity;
import dev.cventmock.journal.CallContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The active fault and latency rules, in the order they were added; the first that matches a call fires.
 * A rule with a count expires after firing that many times.
 */
public final class FaultRules {
    /** Rules held at most: every call is matched against each of them. */
    public static final int MAX_RULES = 1_000;

    private final CopyOnWriteArrayList<FaultRule> rules = new CopyOnWriteArrayList<>();

    /**
     * Adds a rule after the others.
     *
     * @throws Capacity.Full when {@link #MAX_RULES} rules are active
     */
    public synchronized FaultRule add(FaultMatch match, FaultAction action, Integer times) {
        if (rules.size() >= MAX_RULES) {
            throw new Capacity("fault rules", "at most " + MAX_RULES + "; remove some", MAX_RULES).full();
        }
        FaultRule rule = new FaultRule(UUID.randomUUID().toString(), match == null ? FaultMatch.ANY : match, action, times);
        rules.add(rule);
        return rule;
    }

    public List<FaultRule> list() {
        return List.copyOf(rules);
    }

    public FaultRule find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public boolean remove(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** True when some rule needs the body's event and guest ids to decide. */
    public boolean needsBody() {
        for (FaultRule r : rules) {
            if (r.match().needsBody()) {
                return true;
            }
        }
        return false;
    }

    /** The first rule that matches the call and still has a firing left (claiming it), or null. */
    public FaultRule fire(CallContext call) {
        for (FaultRule r : rules) {
            if (r.match().matches(call) && r.claim()) {
                if (r.isSpent()) {
                    rules.remove(r);
                }
                return r;
            }
        }
        return null;
    }
}
