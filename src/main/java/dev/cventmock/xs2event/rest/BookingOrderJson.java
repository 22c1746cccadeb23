package dev.cventmock.xs2event.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.bookings.GuestFields;
import dev.cventmock.xs2event.bookings.GuestInput;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.ItemInput;
import dev.cventmock.xs2event.bookings.Requirement;
import dev.cventmock.xs2event.bookings.Ticket;
import dev.cventmock.xs2event.bookings.ValidationErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole booking orders as the admin API and fixtures write them:
 * <pre>{"bookingorder_id": "…_bor", "event_id": "…_evt", "status": "confirmed",
 *  "tickets": [{"ticket_id": "…_tck", "quantity": 2,
 *               "requirements": [{"fields": ["first_name", "last_name"], "scope": "all_persons", "condition": "pre_checkout"}]}],
 *  "items": [{"ticket_id": "…_tck", "guests": [{"first_name": "…", "guest_id": "…_gst"}]}]}</pre>
 * ({@code items} optional: guest data to start with).
 */
public final class BookingOrderJson {
    private BookingOrderJson() {
    }

    public static ObjectNode toJson(BookingOrder order) {
        ObjectNode o = GuestDataJson.bookingOrder(order);
        o.remove("items");
        ArrayNode tickets = o.putArray("tickets");
        for (Ticket t : order.tickets()) {
            ObjectNode tn = tickets.addObject().put("ticket_id", t.ticketId()).put("quantity", t.quantity());
            ArrayNode reqs = tn.putArray("requirements");
            for (Requirement r : t.requirements()) {
                ObjectNode rn = reqs.addObject();
                ArrayNode fields = rn.putArray("fields");
                r.fields().forEach(fields::add);
                rn.put("scope", r.scope().wireName()).put("condition", r.condition().wireName());
            }
        }
        o.set("items", GuestDataJson.guestData(order, false, null, null).get("items"));
        return o;
    }

    /**
     * A booking order from JSON; {@code id} (from the URL) wins over a missing bookingorder_id.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public static BookingOrder fromJson(JsonNode json, String id) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a booking order must be a JSON object");
        }
        String given = text(json, "bookingorder_id");
        if (id != null && given != null && !given.equals(id)) {
            throw new IllegalArgumentException("bookingorder_id '" + given + "' differs from the id in the URL '" + id + "'");
        }
        String orderId = id != null ? id : given;
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("bookingorder_id is required");
        }
        List<Ticket> tickets = new ArrayList<>();
        JsonNode tn = json.get("tickets");
        if (tn == null || !tn.isArray() || tn.isEmpty()) {
            throw new IllegalArgumentException("tickets must be a non-empty array");
        }
        for (JsonNode t : tn) {
            List<Requirement> reqs = new ArrayList<>();
            JsonNode rn = t.get("requirements");
            if (rn != null && !rn.isNull()) {
                if (!rn.isArray()) {
                    throw new IllegalArgumentException("tickets[].requirements must be an array");
                }
                for (JsonNode r : rn) {
                    List<String> fields = new ArrayList<>();
                    JsonNode fn = r.get("fields");
                    if (fn == null || !fn.isArray()) {
                        throw new IllegalArgumentException("a requirement needs a fields array");
                    }
                    fn.forEach(f -> fields.add(f.asText()));
                    reqs.add(new Requirement(fields, Requirement.Scope.of(text(r, "scope")),
                            Requirement.Condition.of(text(r, "condition"))));
                }
            }
            JsonNode q = t.get("quantity");
            if (q == null || !q.canConvertToInt()) {
                throw new IllegalArgumentException("tickets[].quantity must be a whole number");
            }
            tickets.add(new Ticket(text(t, "ticket_id"), q.intValue(), reqs));
        }
        String status = text(json, "status");
        BookingOrder order = new BookingOrder(orderId, text(json, "event_id"), status == null ? "confirmed" : status, tickets, List.of());
        return withItems(order, json.get("items"));
    }

    /** The order with the guest data in {@code items}, checked by the same rules as the API's PUT. */
    private static BookingOrder withItems(BookingOrder order, JsonNode items) {
        if (items == null || items.isNull()) {
            return order;
        }
        ValidationErrors errors = new ValidationErrors();
        ObjectNode body = GuestDataJson.MAPPER.createObjectNode();
        body.set("items", items);
        List<ItemInput> inputs = GuestDataJson.items(body, errors);
        List<GuestRecord> guests = new ArrayList<>();
        for (ItemInput item : inputs) {
            for (GuestInput g : item.guests()) {
                g.fields().forEach((f, v) -> {
                    String problem = GuestFields.problem(f, v, LocalDate.now());
                    if (problem != null) {
                        errors.add(f, problem);
                    }
                });
                guests.add(new GuestRecord(g.guestId() != null ? g.guestId() : BookingOrders.newGuestId(), item.ticketId(), g.fields()));
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("items: " + errors.asMap());
        }
        return order.withGuests(guests);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
