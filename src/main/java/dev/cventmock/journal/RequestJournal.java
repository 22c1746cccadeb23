package dev.cventmock.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests the server has answered, newest last, bounded by entry count and by bytes held so it can stay
 * on under load: the oldest entries are evicted first. A body over the per-entry cap is kept whole only up to
 * that cap. It can be switched off.
 */
public final class RequestJournal {
    public static final int DEFAULT_MAX_ENTRIES = 1_000;
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    // lock-free: calls append concurrently; eviction polls the oldest until both bounds hold
    private final ConcurrentLinkedDeque<JournalEntry> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;
    private final int maxBodyBytes;
    private volatile boolean enabled;

    public RequestJournal(boolean enabled, int maxEntries, long maxBytes, int maxBodyBytes) {
        if (maxEntries < 1 || maxBytes < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("journal bounds must be positive");
        }
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxBodyBytes = maxBodyBytes;
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

    public void add(JournalEntry entry) {
        if (!enabled) {
            return;
        }
        JournalEntry e = capped(entry);
        entries.addLast(e);
        int n = count.incrementAndGet();
        long held = bytes.addAndGet(e.weight());
        while (n > maxEntries || (held > maxBytes && n > 1)) {
            JournalEntry oldest = entries.pollFirst();
            if (oldest == null) {
                break;
            }
            n = count.decrementAndGet();
            held = bytes.addAndGet(-oldest.weight());
        }
    }

    /** The entry with each body over the cap cut to it, on a character boundary, and marked. */
    private JournalEntry capped(JournalEntry e) {
        if (e.requestBytes().length <= maxBodyBytes && e.responseBytes().length <= maxBodyBytes) {
            return e;
        }
        return new JournalEntry(e.id(), e.time(), e.clientAddress(), e.method(), e.path(), e.protocol(), e.operation(),
                e.eventId(), e.guestIds(), e.headers(), cut(e.requestBytes()), e.responseStatus(), e.responseHeaderList(),
                cut(e.responseBytes()), e.outcome(), e.outcomeText(), e.durationMs());
    }

    private byte[] cut(byte[] bytes) {
        if (bytes.length <= maxBodyBytes) {
            return bytes;
        }
        int end = maxBodyBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // not inside a UTF-8 sequence
        }
        byte[] marker = ("…[truncated: " + bytes.length + " bytes in all]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(bytes, end + marker.length);
        System.arraycopy(marker, 0, out, end, marker.length);
        return out;
    }

    public void clear() {
        for (JournalEntry e; (e = entries.pollFirst()) != null; ) {
            count.decrementAndGet();
            bytes.addAndGet(-e.weight());
        }
    }

    public int maxEntries() {
        return maxEntries;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int size() {
        return count.get();
    }

    /** Bytes currently held (approximately), for tests of the bound. */
    public long bytesHeld() {
        return bytes.get();
    }

    /** Newest first; null filters match everything; limit &lt;= 0 means no limit. */
    public List<JournalEntry> find(String operation, Instant since, int limit) {
        return find(new JournalQuery(operation, since, null, null, null, null), limit);
    }

    /** The calls the query matches, newest first; limit &lt;= 0 means no limit. */
    public List<JournalEntry> find(JournalQuery query, int limit) {
        List<JournalEntry> out = new ArrayList<>();
        for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext(); ) {
            JournalEntry e = it.next();
            if (query.since() != null && e.time().isBefore(query.since())) {
                break; // entries are in time order
            }
            if (query.matches(e)) {
                out.add(e);
                if (limit > 0 && out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** The call recorded with this id, or null when it is not (or no longer) held. */
    public JournalEntry get(long id) {
        for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext(); ) {
            JournalEntry e = it.next();
            if (e.id() == id) {
                return e; // (no early stop: calls finishing together may be added out of id order)
            }
        }
        return null;
    }

    /** How many recorded calls match: each non-null criterion must hold (ids without regard to case). */
    public int count(String operation, String eventId, String guestId) {
        JournalQuery query = new JournalQuery(operation, null, null, eventId, guestId, null);
        int n = 0;
        for (JournalEntry e : entries) {
            if (query.matches(e)) {
                n++;
            }
        }
        return n;
    }
}
