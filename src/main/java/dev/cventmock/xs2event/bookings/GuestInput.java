package dev.cventmock.xs2event.bookings;

import java.util.Map;

/**
 * A guest as a client sent it: its guest_id (null for a new guest) and its fields, values as they came
 * (String, Boolean, null, or anything else, which validation reports).
 */
public record GuestInput(String guestId, Map<String, Object> fields) {
}
