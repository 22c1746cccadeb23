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
        RequestHeaders headers,
        byte[] requestBytes,
        int responseStatus,
        byte[] responseBytes,
        long durationMs) {

    /** An entry with headers given as a map (for recorders other than the HTTP filter, and tests). */
    public static JournalEntry of(long id, Instant time, String clientAddress, String method, String path, String protocol,
                                  String operation, String eventId, List<String> guestIds, Map<String, List<String>> headers,
                                  byte[] requestBytes, int responseStatus, byte[] responseBytes, long durationMs) {
        return new JournalEntry(id, time, clientAddress, method, path, protocol, operation, eventId, guestIds,
                RequestHeaders.of(headers), requestBytes, responseStatus, responseBytes, durationMs);
    }

    public Map<String, List<String>> requestHeaders() {
        return headers.asMap();
    }

    public String requestBody() {
        return new String(requestBytes, StandardCharsets.UTF_8);
    }

    public String responseBody() {
        return new String(responseBytes, StandardCharsets.UTF_8);
    }

    /** Bytes this entry holds (bodies and headers, roughly), for the journal's memory bound. */
    long weight() {
        return 256L + requestBytes.length + responseBytes.length + headers.weight();
    }
}
