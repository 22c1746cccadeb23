package dev.cventmock.xs2event.bookings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One guest's data in a booking order: its id, the ticket line (item) it is filed under, and its fields
 * (strings, and lead_guest as a Boolean), including its own ticket_id and reservation_id as the client gave them.
 */
public record GuestRecord(String guestId, String itemTicketId, Map<String, Object> fields) {
    public GuestRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean isLeadGuest() {
        return Boolean.TRUE.equals(fields.get("lead_guest"));
    }

    /** True when the field has a non-blank value. */
    public boolean has(String field) {
        Object v = fields.get(field);
        return v instanceof Boolean || (v instanceof String s && !s.isBlank());
    }
}
