package dev.cventmock.xs2event.bookings;

import java.util.List;

/** A ticket line of a booking order: how many persons it admits and what guest data it requires. */
public record Ticket(String ticketId, int quantity, List<Requirement> requirements) {
    public Ticket {
        if (ticketId == null || ticketId.isBlank()) {
            throw new IllegalArgumentException("ticket_id is required");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        requirements = List.copyOf(requirements);
    }
}
