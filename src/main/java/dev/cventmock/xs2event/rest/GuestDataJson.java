package dev.cventmock.xs2event.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.GuestFields;
import dev.cventmock.xs2event.bookings.GuestInput;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.ItemInput;
import dev.cventmock.xs2event.bookings.Requirement;
import dev.cventmock.xs2event.bookings.Ticket;
import dev.cventmock.xs2event.bookings.ValidationErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** XS2event's guest-data JSON: reading requests (collecting every shape problem) and writing responses. */
public final class GuestDataJson {
    static final ObjectMapper MAPPER = dev.cventmock.http.JsonLimits.mapper();
    private static final Set<String> ITEM_KEYS = Set.of("ticket_id", "guests", "quantity");

    private GuestDataJson() {
    }

    /** {"items": [{"ticket_id", "guests": [...]}]} as items; shape problems go to {@code errors}. */
    static List<ItemInput> items(JsonNode body, ValidationErrors errors) {
        List<ItemInput> items = new ArrayList<>();
        if (!body.isObject()) {
            errors.add("body", "must be a JSON object with an items array");
            return items;
        }
        body.fieldNames().forEachRemaining(k -> {
            if (!k.equals("items")) {
                errors.add(k, "is not a known field");
            }
        });
        JsonNode list = body.get("items");
        if (list == null || !list.isArray()) {
            errors.add("items", "is required and must be an array");
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = "items[" + i + "]";
            if (!item.isObject()) {
                errors.add(at, "must be an object with ticket_id and guests");
                continue;
            }
            item.fieldNames().forEachRemaining(k -> {
                if (!ITEM_KEYS.contains(k)) {
                    errors.add(at + "." + k, "is not a known field");
                }
            });
            JsonNode ticket = item.get("ticket_id");
            if (ticket == null || !ticket.isTextual() || ticket.asText().isBlank()) {
                errors.add(at + ".ticket_id", "is required and must be a string");
            }
            JsonNode guests = item.get("guests");
            List<GuestInput> inputs = new ArrayList<>();
            if (guests == null || !guests.isArray()) {
                errors.add(at + ".guests", "is required and must be an array");
            } else {
                for (int j = 0; j < guests.size(); j++) {
                    inputs.add(guest(guests.get(j), at + ".guests[" + j + "].", errors));
                }
            }
            items.add(new ItemInput(ticket != null && ticket.isTextual() ? ticket.asText() : null, inputs));
        }
        return items;
    }

    /** A flat guest object; {@code prefix} is the path before its field names ("" for a single guest). */
    static GuestInput guest(JsonNode node, String prefix, ValidationErrors errors) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            errors.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "must be a guest object");
            return new GuestInput(null, fields);
        }
        String guestId = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (key.equals("guest_id")) {
                if (v.isTextual()) {
                    guestId = v.asText();
                } else if (!v.isNull()) {
                    errors.add(prefix + key, "must be a string or null");
                }
            } else if (key.equals("conditions")) {
                if (!(v.isObject() || v.isTextual() || v.isNull())) {
                    errors.add(prefix + key, "must be an object or a string (it is ignored: conditions are the server's)");
                }
            } else if (GuestFields.isField(key)) {
                fields.put(key, value(v));
            } else {
                errors.add(prefix + key, "is not a known guest field");
            }
        }
        return new GuestInput(guestId, fields);
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v; // any other JSON value: validation says what it should have been
    }

    /** The booking order's guest data, per ticket line, as PUT and GET answer it. */
    static ObjectNode guestData(BookingOrder order, boolean withConditions, String countryHint, Comparator<GuestRecord> sorting) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("bookingorder_id", order.id());
        ArrayNode items = o.putArray("items");
        for (Ticket t : order.tickets()) {
            ObjectNode item = items.addObject();
            item.put("ticket_id", t.ticketId());
            item.put("quantity", t.quantity());
            ArrayNode guests = item.putArray("guests");
            List<GuestRecord> list = new ArrayList<>(order.guestsOf(t.ticketId()));
            if (sorting != null) {
                list.sort(sorting);
            }
            for (GuestRecord g : list) {
                guests.add(withConditions ? guestWithConditions(order, g, countryHint) : guest(order, g, countryHint));
            }
        }
        return o;
    }

    static ObjectNode guest(BookingOrder order, GuestRecord g, String countryHint) {
        ObjectNode o = MAPPER.createObjectNode();
        for (String f : GuestFields.DATA) {
            put(o, f, displayed(g, f, countryHint));
        }
        o.put("guest_id", g.guestId());
        ObjectNode conditions = o.putObject("conditions");
        for (String f : GuestFields.DATA) {
            Requirement.Condition c = order.conditionOf(g, f);
            if (c != null) {
                conditions.put(f, c.wireName());
            }
        }
        return o;
    }

    private static ObjectNode guestWithConditions(BookingOrder order, GuestRecord g, String countryHint) {
        ObjectNode o = MAPPER.createObjectNode();
        for (String f : GuestFields.DATA) {
            if (f.equals("lead_guest")) {
                o.put("lead_guest", g.isLeadGuest());
                continue;
            }
            ObjectNode v = o.putObject(f);
            put(v, "value", displayed(g, f, countryHint));
            Requirement.Condition c = order.conditionOf(g, f);
            if (c == null) {
                v.putNull("condition");
            } else {
                v.put("condition", c.wireName());
            }
            if (c != null && !g.has(f)) {
                v.put("error", "required " + c.wireName());
            } else {
                v.putNull("error");
            }
        }
        o.put("guest_id", g.guestId());
        return o;
    }

    private static Object displayed(GuestRecord g, String field, String countryHint) {
        Object v = g.fields().get(field);
        if (v == null && field.equals("country_of_residence")) {
            return countryHint;
        }
        return v;
    }

    static ObjectNode bookingOrder(BookingOrder order) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("bookingorder_id", order.id());
        o.put("event_id", order.eventId());
        o.put("status", order.status());
        o.put("guestdata_status", order.guestDataStatus());
        ArrayNode items = o.putArray("items");
        for (Ticket t : order.tickets()) {
            items.addObject().put("ticket_id", t.ticketId()).put("quantity", t.quantity())
                    .put("guest_count", order.guestsOf(t.ticketId()).size());
        }
        return o;
    }

    /** {"guest_data_requirements": [["first_name", "last_name", "lead_guest", "pre_checkout"]]}: fields, scope, condition. */
    static ObjectNode requirements(Ticket t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ticket_id", t.ticketId());
        ArrayNode list = o.putArray("guest_data_requirements");
        for (Requirement r : t.requirements()) {
            ArrayNode row = list.addArray();
            r.fields().forEach(row::add);
            row.add(r.scope().wireName());
            row.add(r.condition().wireName());
        }
        return o;
    }

    private static void put(ObjectNode o, String key, Object value) {
        if (value == null) {
            o.putNull(key);
        } else if (value instanceof Boolean b) {
            o.put(key, b);
        } else if (value instanceof JsonNode n) {
            o.set(key, n);
        } else {
            o.put(key, value.toString());
        }
    }
}
