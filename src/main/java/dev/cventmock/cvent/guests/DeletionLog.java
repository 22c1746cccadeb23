package dev.cventmock.cvent.guests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * When guests and events were deleted, for GetDeleted: the most recent {@link #MAX_ENTRIES} deletions, oldest dropped
 * first, so a long-running server's memory stays bounded. Kept in memory only (a restart forgets it).
 */
public final class DeletionLog {
    /** Deletions remembered; Cvent's own GetDeleted window is days, a test's is seconds. */
    public static final int MAX_ENTRIES = 100_000;

    /** What was deleted: an object of type {@code objectType} ("Guest", "Event") with this id, at that instant. */
    public record Deletion(String objectType, String id, Instant at) {
    }

    private final Clock clock;
    private final Deque<Deletion> entries = new ArrayDeque<>();

    public DeletionLog(Clock clock) {
        this.clock = clock;
    }

    synchronized void record(String objectType, String id) {
        if (entries.size() == MAX_ENTRIES) {
            entries.removeFirst();
        }
        entries.addLast(new Deletion(objectType, id, clock.instant()));
    }

    /** The deletions that match, oldest first. */
    public synchronized List<Deletion> matching(Predicate<Deletion> filter) {
        List<Deletion> out = new ArrayList<>();
        for (Deletion d : entries) {
            if (filter.test(d)) {
                out.add(d);
            }
        }
        return out;
    }

    synchronized void clear() {
        entries.clear();
    }
}
