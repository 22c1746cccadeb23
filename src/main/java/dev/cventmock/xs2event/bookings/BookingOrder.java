package dev.cventmock.xs2event.bookings;

import java.util.List;

/**
 * A booking order with its tickets and the guest data filed against them; immutable, so a reader sees one
 * whole version of it.
 */
public record BookingOrder(String id, String eventId, String status, List<Ticket> tickets, List<GuestRecord> guests) {
    public BookingOrder {
        tickets = List.copyOf(tickets);
        guests = List.copyOf(guests);
    }

    public Ticket ticket(String ticketId) {
        return tickets.stream().filter(t -> t.ticketId().equals(ticketId)).findFirst().orElse(null);
    }

    public GuestRecord guest(String guestId) {
        return guests.stream().filter(g -> g.guestId().equals(guestId)).findFirst().orElse(null);
    }

    public List<GuestRecord> guestsOf(String ticketId) {
        return guests.stream().filter(g -> g.itemTicketId().equals(ticketId)).toList();
    }

    public BookingOrder withGuests(List<GuestRecord> newGuests) {
        return new BookingOrder(id, eventId, status, tickets, newGuests);
    }

    /**
     * {@code completed} once every pre_checkout and pre_download requirement is met (all_persons: as many
     * guests as the ticket's quantity, each with the fields; lead_guest: a lead guest with them),
     * {@code waitingforendcustomer} while any is missing, {@code notapplicable} when no ticket requires anything.
     */
    public String guestDataStatus() {
        boolean anyRequirement = false;
        GuestRecord lead = guests.stream().filter(GuestRecord::isLeadGuest).findFirst().orElse(null);
        for (Ticket t : tickets) {
            List<GuestRecord> ofTicket = guestsOf(t.ticketId());
            for (Requirement r : t.requirements()) {
                anyRequirement = true;
                if (r.scope() == Requirement.Scope.ALL_PERSONS) {
                    if (ofTicket.size() < t.quantity() || !ofTicket.stream().allMatch(g -> r.fields().stream().allMatch(g::has))) {
                        return "waitingforendcustomer";
                    }
                } else if (lead == null || !r.fields().stream().allMatch(lead::has)) {
                    return "waitingforendcustomer";
                }
            }
        }
        return anyRequirement ? "completed" : "notapplicable";
    }

    /** The condition under which a field of this guest is needed (pre_checkout first), or null. */
    public Requirement.Condition conditionOf(GuestRecord guest, String field) {
        Ticket t = ticket(guest.itemTicketId());
        Requirement.Condition found = null;
        for (Requirement r : t == null ? List.<Requirement>of() : t.requirements()) {
            if (r.fields().contains(field) && r.appliesTo(guest)) {
                if (r.condition() == Requirement.Condition.PRE_CHECKOUT) {
                    return r.condition();
                }
                found = r.condition();
            }
        }
        return found;
    }
}
