package dev.cventmock.xs2event.bookings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A booking order with its tickets and the guest data filed against them; immutable, so a reader sees one
 * whole version of it. Tickets and guests are indexed when the version is made: looking them up by scanning
 * made a request that names many guests of a large order quadratic.
 */
public final class BookingOrder {
    private final String id;
    private final String eventId;
    private final String status;
    private final List<Ticket> tickets;
    private final List<GuestRecord> guests;
    private final Map<String, Ticket> ticketById = new HashMap<>();
    private final Map<String, GuestRecord> guestById = new HashMap<>();
    private final Map<String, List<GuestRecord>> guestsByTicket = new HashMap<>();

    public BookingOrder(String id, String eventId, String status, List<Ticket> tickets, List<GuestRecord> guests) {
        this.id = id;
        this.eventId = eventId;
        this.status = status;
        this.tickets = List.copyOf(tickets);
        this.guests = List.copyOf(guests);
        for (Ticket t : this.tickets) {
            ticketById.putIfAbsent(t.ticketId(), t); // the first of a repeated id, as a scan found it
        }
        for (GuestRecord g : this.guests) {
            guestById.putIfAbsent(g.guestId(), g);
            guestsByTicket.computeIfAbsent(g.itemTicketId(), k -> new ArrayList<>(1)).add(g);
        }
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String status() {
        return status;
    }

    public List<Ticket> tickets() {
        return tickets;
    }

    public List<GuestRecord> guests() {
        return guests;
    }

    public Ticket ticket(String ticketId) {
        return ticketById.get(ticketId);
    }

    public GuestRecord guest(String guestId) {
        return guestById.get(guestId);
    }

    public List<GuestRecord> guestsOf(String ticketId) {
        List<GuestRecord> of = guestsByTicket.get(ticketId);
        return of == null ? List.of() : List.copyOf(of);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof BookingOrder b && id.equals(b.id) && Objects.equals(eventId, b.eventId)
                && Objects.equals(status, b.status) && tickets.equals(b.tickets) && guests.equals(b.guests);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, eventId, status, tickets, guests);
    }

    @Override
    public String toString() {
        return "BookingOrder[id=" + id + ", eventId=" + eventId + ", status=" + status + ", tickets=" + tickets
                + ", guests=" + guests + "]";
    }
}
