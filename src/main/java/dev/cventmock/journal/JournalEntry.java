package dev.cventmock.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded request and its response. Bodies longer than the journal's per-entry cap are kept truncated,
 * ending in a marker that says how long they were.
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
        Map<String, List<String>> requestHeaders,
        String requestBody,
        int responseStatus,
        String responseBody,
        long durationMs) {

    /** Bytes this entry holds (bodies and headers, roughly), for the journal's memory bound. */
    long weight() {
        long w = 256L + 2L * (requestBody.length() + responseBody.length());
        for (Map.Entry<String, List<String>> h : requestHeaders.entrySet()) {
            w += 2L * h.getKey().length();
            for (String v : h.getValue()) {
                w += 2L * v.length();
            }
        }
        return w;
    }
}
