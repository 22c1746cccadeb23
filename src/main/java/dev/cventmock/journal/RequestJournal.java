package dev.cventmock.journal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests the server has answered, newest last, bounded by entry count and by bytes held so it can stay
 * on under load: the oldest entries are evicted first. It can be switched off.
 */
public final class RequestJournal {
    public static final int DEFAULT_MAX_ENTRIES = 1_000;
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_BODY_CHARS = 1024 * 1024;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;
    private final int maxBodyChars;
    private volatile boolean enabled;
    private long bytes;

    public RequestJournal(boolean enabled, int maxEntries, long maxBytes, int maxBodyChars) {
        if (maxEntries < 1 || maxBytes < 1 || maxBodyChars < 1) {
            throw new IllegalArgumentException("journal bounds must be positive");
        }
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxBodyChars = maxBodyChars;
    }

    public static RequestJournal withDefaults() {
        return new RequestJournal(true, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES, DEFAULT_MAX_BODY_CHARS);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void enabled(boolean on) {
        this.enabled = on;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** Text of a body, cut to the per-entry cap with a marker saying how long it was. */
    String bodyText(String text) {
        if (text.length() <= maxBodyChars) {
            return text;
        }
        return text.substring(0, maxBodyChars) + "…[truncated: " + text.length() + " characters in all]";
    }

    public void add(JournalEntry entry) {
        if (!enabled) {
            return;
        }
        long w = entry.weight();
        synchronized (entries) {
            entries.addLast(entry);
            bytes += w;
            while (entries.size() > maxEntries || (bytes > maxBytes && entries.size() > 1)) {
                bytes -= entries.removeFirst().weight();
            }
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            bytes = 0;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Bytes currently held (approximately), for tests of the bound. */
    public long bytesHeld() {
        synchronized (entries) {
            return bytes;
        }
    }

    /** Newest first; null filters match everything; limit &lt;= 0 means no limit. */
    public List<JournalEntry> find(String operation, Instant since, int limit) {
        List<JournalEntry> out = new ArrayList<>();
        synchronized (entries) {
            for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext(); ) {
                JournalEntry e = it.next();
                if (since != null && e.time().isBefore(since)) {
                    break;
                }
                if (operation == null || operation.equalsIgnoreCase(e.operation())) {
                    out.add(e);
                    if (limit > 0 && out.size() >= limit) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** How many recorded calls match: each non-null criterion must hold (ids without regard to case). */
    public int count(String operation, String eventId, String guestId) {
        int n = 0;
        synchronized (entries) {
            for (JournalEntry e : entries) {
                if (operation != null && !operation.equalsIgnoreCase(e.operation())) {
                    continue;
                }
                if (eventId != null && !eventId.equalsIgnoreCase(e.eventId())) {
                    continue;
                }
                if (guestId != null && e.guestIds().stream().noneMatch(g -> g.toUpperCase(Locale.ROOT).equals(guestId.toUpperCase(Locale.ROOT)))) {
                    continue;
                }
                n++;
            }
        }
        return n;
    }
}
