package dev.cventmock.xs2event.bookings;

import java.util.List;

/** One item of a guest-data PUT: a ticket line and the guests filed under it. */
public record ItemInput(String ticketId, List<GuestInput> guests) {
}
