package dev.cventmock.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded request and its response. Bodies are kept as the bytes that crossed the wire (cut to the
 * journal's per-entry cap, ending in a marker that says how long they were) and turned into text only when read.
 */
public record JournalEntry(
        long id,
        Instant time,
        String clientAddress,
        String method,
        String path,
        String protocol,
        String operation,
        String eventId,
        List<String> guestIds,
        RecordedHeaders headers,
        byte[] requestBytes,
        int responseStatus,
        RecordedHeaders responseHeaderList,
        byte[] responseBytes,
        Outcome outcome,
        String outcomeText,
        long durationMs) {

    /** The status recorded for a call whose connection was dropped (a fault rule): no response was sent. */
    public static final int NO_RESPONSE = 0;

    /** An entry with headers given as a map (for recorders other than the HTTP filter, and tests). */
    public static JournalEntry of(long id, Instant time, String clientAddress, String method, String path, String protocol,
                                  String operation, String eventId, List<String> guestIds, Map<String, List<String>> headers,
                                  byte[] requestBytes, int responseStatus, byte[] responseBytes, long durationMs) {
        return new JournalEntry(id, time, clientAddress, method, path, protocol, operation, eventId, guestIds,
                RecordedHeaders.of(headers), requestBytes, responseStatus, RecordedHeaders.of(Map.of()), responseBytes,
                responseStatus < 400 ? Outcome.OK : Outcome.HTTP_ERROR, String.valueOf(responseStatus), durationMs);
    }

    /** Whether the call named this guest (without regard to case, as Cvent's ids are). */
    public boolean namesGuest(String guestId) {
        for (String id : guestIds) {
            if (id.equalsIgnoreCase(guestId)) {
                return true;
            }
        }
        return false;
    }

    public Map<String, List<String>> requestHeaders() {
        return headers.asMap();
    }

    public Map<String, List<String>> responseHeaders() {
        return responseHeaderList.asMap();
    }

    public String requestBody() {
        return new String(requestBytes, StandardCharsets.UTF_8);
    }

    public String responseBody() {
        return new String(responseBytes, StandardCharsets.UTF_8);
    }

    /** Bytes this entry holds (bodies and headers, roughly), for the journal's memory bound. */
    long weight() {
        return 256L + requestBytes.length + responseBytes.length + headers.weight() + responseHeaderList.weight();
    }
}
