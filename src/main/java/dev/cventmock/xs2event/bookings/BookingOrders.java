package dev.cventmock.xs2event.bookings;

import dev.cventmock.state.Capacity;
import dev.cventmock.state.StoreChanges;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * XS2event booking orders and the rules of their guest data. Every write replaces a booking order atomically
 * (a new immutable version), so concurrent PUTs leave it equal to one of them, never a mix; a rejected write
 * changes nothing.
 */
public final class BookingOrders {
    private final ConcurrentHashMap<String, BookingOrder> orders = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile boolean strict;
    private volatile Changes changes = Changes.NONE;
    private final Capacity orderRoom;
    private final Capacity guestRoom;
    /** Guests one booking order holds at most: the guest data of one order is replaced whole by one request. */
    public static final int MAX_GUESTS_PER_ORDER = 1_000;

    /** Where booking orders are reported as they change (persistence); no-op by default. */
    public interface Changes extends StoreChanges {
        Changes NONE = new Changes() {
        };

        /** Called while the write is still atomic, so reports of one booking order come in apply order. */
        default void stored(BookingOrder order) {
        }

        default void removed(String id) {
        }

        default void cleared() {
        }
    }

    public void changes(Changes listener) {
        this.changes = listener;
    }

    public BookingOrders(Clock clock, boolean strict) {
        this(clock, strict, new Capacity("booking orders", "max booking orders", Long.MAX_VALUE),
                new Capacity("XS2event guests", "max XS2event guests", Long.MAX_VALUE));
    }

    /** At most {@code orders} booking orders holding at most {@code guests} guests together. */
    public BookingOrders(Clock clock, boolean strict, Capacity orders, Capacity guests) {
        this.clock = clock;
        this.strict = strict;
        this.orderRoom = orders;
        this.guestRoom = guests;
    }

    /** How many booking orders it holds, and may. */
    public Capacity capacity() {
        return orderRoom;
    }

    /** How many guests all booking orders hold together, and may. */
    public Capacity guestCapacity() {
        return guestRoom;
    }

    /** Takes the room {@code next} needs beyond {@code old} (either may be null), all or none; gives back what it frees. */
    private void makeRoom(BookingOrder old, BookingOrder next) {
        boolean added = old == null && next != null;
        if (added) {
            orderRoom.take();
        }
        long delta = (next == null ? 0 : next.guests().size()) - (old == null ? 0 : old.guests().size());
        try {
            if (delta > 0) {
                guestRoom.take(delta);
            }
        } catch (Capacity.Full e) {
            if (added) {
                orderRoom.give(1);
            }
            throw e;
        }
        if (delta < 0) {
            guestRoom.give(-delta);
        }
        if (old != null && next == null) {
            orderRoom.give(1);
        }
    }

    public boolean strict() {
        return strict;
    }

    public void strict(boolean strict) {
        this.strict = strict;
    }

    public BookingOrder find(String id) {
        return orders.get(id);
    }

    public BookingOrder require(String id) {
        BookingOrder o = orders.get(id);
        if (o == null) {
            throw new NotFound("booking order " + id + " not found");
        }
        return o;
    }

    /** Stores a whole booking order (admin API, fixtures); returns the previous one or null. */
    public BookingOrder put(BookingOrder order) {
        Changes listener = changes;
        return listener.write(() -> {
            BookingOrder[] previous = new BookingOrder[1];
            orders.compute(order.id(), (k, old) -> {
                makeRoom(old, order);
                previous[0] = old;
                listener.stored(order);
                return order;
            });
            return previous[0];
        });
    }

    public boolean remove(String id) {
        Changes listener = changes;
        return listener.write(() -> {
            boolean[] removed = new boolean[1];
            orders.computeIfPresent(id, (k, old) -> {
                removed[0] = true;
                makeRoom(old, null);
                listener.removed(id);
                return null;
            });
            return removed[0];
        });
    }

    public List<BookingOrder> list() {
        List<BookingOrder> out = new ArrayList<>(orders.values());
        out.sort(Comparator.comparing(BookingOrder::id));
        return out;
    }

    public void clear() {
        Changes listener = changes;
        listener.write(() -> {
            orders.clear();
            orderRoom.reset();
            guestRoom.reset();
            listener.cleared();
        });
    }

    /** The ticket with this id in any booking order. */
    public Ticket ticket(String ticketId) {
        for (BookingOrder o : orders.values()) {
            Ticket t = o.ticket(ticketId);
            if (t != null) {
                return t;
            }
        }
        throw new NotFound("ticket " + ticketId + " not found");
    }

    /**
     * Replaces all guest data of the booking order. In lenient mode an unknown booking order is created with
     * the tickets the items name (quantity: the guests given for it); in strict mode it is {@link NotFound}.
     *
     * @param shapeErrors problems the caller already found in the request's shape; they are reported together
     * @throws GuestDataRejected listing every problem, when there is any; nothing is changed then
     */
    public BookingOrder replaceGuestData(String id, List<ItemInput> items, ValidationErrors shapeErrors) {
        boolean lenient = !strict;
        Changes listener = changes;
        return listener.write(() -> orders.compute(id, (k, current) -> {
            BookingOrder order = current;
            if (order == null) {
                if (!lenient) {
                    throw new NotFound("booking order " + id + " not found");
                }
                order = created(id, items);
            }
            ValidationErrors errors = shapeErrors;
            List<GuestRecord> guests = validated(order, items, errors);
            if (!errors.isEmpty()) {
                throw new GuestDataRejected(errors);
            }
            BookingOrder next = order.withGuests(guests);
            makeRoom(current, next);
            listener.stored(next);
            return next;
        }));
    }

    /** Replaces one guest's fields (its ticket line stays). */
    public GuestRecord replaceGuest(String id, String guestId, Map<String, Object> fields, ValidationErrors shapeErrors) {
        GuestRecord[] stored = new GuestRecord[1];
        Changes listener = changes;
        listener.write(() -> orders.compute(id, (k, order) -> {
            if (order == null) {
                throw new NotFound("booking order " + id + " not found");
            }
            GuestRecord current = order.guest(guestId);
            if (current == null) {
                throw new NotFound("guest " + guestId + " not found in booking order " + id);
            }
            ValidationErrors errors = shapeErrors;
            checkFields("", fields, errors);
            if (Boolean.TRUE.equals(fields.get("lead_guest"))) {
                order.guests().stream().filter(g -> g.isLeadGuest() && !g.guestId().equals(guestId)).findFirst()
                        .ifPresent(other -> errors.add("lead_guest", "guest " + other.guestId() + " is already the lead guest"));
            }
            if (!errors.isEmpty()) {
                throw new GuestDataRejected(errors);
            }
            stored[0] = new GuestRecord(guestId, current.itemTicketId(), fields);
            List<GuestRecord> guests = new ArrayList<>(order.guests());
            guests.replaceAll(g -> g.guestId().equals(guestId) ? stored[0] : g);
            BookingOrder next = order.withGuests(guests);
            listener.stored(next);
            return next;
        }));
        return stored[0];
    }

    private List<GuestRecord> validated(BookingOrder order, List<ItemInput> items, ValidationErrors errors) {
        Map<String, Integer> perTicket = new HashMap<>();
        Set<String> seenIds = new HashSet<>();
        List<GuestRecord> out = new ArrayList<>();
        String leadAt = null;
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i);
            String at = "items[" + i + "]";
            Ticket ticket = item.ticketId() == null ? null : order.ticket(item.ticketId());
            if (item.ticketId() != null && ticket == null) {
                errors.add(at + ".ticket_id", "is not a ticket of booking order " + order.id());
            }
            int count = perTicket.merge(String.valueOf(item.ticketId()), item.guests().size(), Integer::sum);
            if (ticket != null && count > ticket.quantity()) {
                errors.add(at + ".guests", "ticket " + ticket.ticketId() + " admits at most " + ticket.quantity()
                        + " guest(s); " + count + " were given");
            }
            for (int j = 0; j < item.guests().size(); j++) {
                GuestInput g = item.guests().get(j);
                String gat = at + ".guests[" + j + "]";
                if (g.guestId() != null) {
                    if (order.guest(g.guestId()) == null) {
                        errors.add(gat + ".guest_id", "is not a guest of booking order " + order.id());
                    } else if (!seenIds.add(g.guestId())) {
                        errors.add(gat + ".guest_id", "appears more than once");
                    }
                }
                checkFields(gat + ".", g.fields(), errors);
                if (Boolean.TRUE.equals(g.fields().get("lead_guest"))) {
                    if (leadAt != null) {
                        errors.add(gat + ".lead_guest", "only one lead guest per booking order; " + leadAt + " is one already");
                    } else {
                        leadAt = gat;
                    }
                }
                out.add(new GuestRecord(g.guestId() != null ? g.guestId() : newGuestId(), String.valueOf(item.ticketId()), g.fields()));
            }
        }
        if (out.size() > MAX_GUESTS_PER_ORDER) {
            errors.add("items", out.size() + " guests; a booking order holds at most " + MAX_GUESTS_PER_ORDER);
        }
        return out;
    }

    private void checkFields(String prefix, Map<String, Object> fields, ValidationErrors errors) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        fields.forEach((name, value) -> {
            String problem = GuestFields.problem(name, value, today);
            if (problem != null) {
                errors.add(prefix + name, problem);
            }
        });
    }

    private static BookingOrder created(String id, List<ItemInput> items) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (ItemInput item : items) {
            if (item.ticketId() != null) {
                quantities.merge(item.ticketId(), Math.max(1, item.guests().size()), Integer::sum);
            }
        }
        List<Ticket> tickets = new ArrayList<>();
        quantities.forEach((t, q) -> tickets.add(new Ticket(t, q, List.of())));
        return new BookingOrder(id, null, "confirmed", tickets, List.of());
    }

    /** XS2event's id form: 32 lowercase hex characters and a type suffix. */
    public static String newGuestId() {
        return UUID.randomUUID().toString().replace("-", "") + "_gst";
    }
}
