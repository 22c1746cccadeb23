package dev.cventmock.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.WireField;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.Requirement;
import dev.cventmock.xs2event.bookings.Ticket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The data directory's own way of writing guests, events and booking orders (record format 2): the model's values as they
 * are stored, in fields of durability's choosing, so that the admin and REST APIs' JSON can change without changing
 * the files. Format 1 records (written before this one, in the APIs' JSON) are still read, by {@link DurableState}.
 */
final class RecordFormat {
    /** The format this code writes; records carry it as "v" (a record without one is format 1). */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordFormat() {
    }

    static ObjectNode guest(ObjectNode record, Guest g) {
        return object(record, g.id(), g.fields(), g.customFields());
    }

    static Guest guest(JsonNode record) {
        return Guest.of(record.get("id").asText(), values(record, GuestField.class, GuestField::byWireName, "guest"),
                customFields(record));
    }

    static ObjectNode event(ObjectNode record, CventEvent e) {
        return object(record, e.id(), e.fields(), e.customFields());
    }

    static CventEvent event(JsonNode record) {
        return CventEvent.of(record.get("id").asText(), values(record, EventField.class, EventField::byWireName, "event"),
                customFields(record));
    }

    /** A guest's or an event's record: its id, its attribute values by wire name, its custom fields. */
    private static ObjectNode object(ObjectNode record, String id, Map<? extends WireField, String> fields, List<CustomField> custom) {
        record.put("id", id);
        ObjectNode values = record.putObject("values");
        fields.forEach((field, value) -> values.put(field.wireName(), value));
        customFields(record, custom);
        return record;
    }

    private static <F extends Enum<F>> Map<F, String> values(JsonNode record, Class<F> type, Function<String, F> byName, String what) {
        Map<F, String> values = new EnumMap<>(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = record.get("values").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            F field = byName.apply(e.getKey());
            if (field == null) {
                throw new IllegalArgumentException("unknown " + what + " attribute " + e.getKey());
            }
            values.put(field, e.getValue().asText());
        }
        return values;
    }

    private static void customFields(ObjectNode record, List<CustomField> fields) {
        ArrayNode custom = record.putArray("customFields");
        for (CustomField c : fields) {
            custom.addObject().put("id", c.fieldId()).put("name", c.fieldName()).put("type", c.fieldType()).put("value", c.fieldValue());
        }
    }

    private static List<CustomField> customFields(JsonNode record) {
        List<CustomField> custom = new ArrayList<>();
        for (JsonNode c : record.get("customFields")) {
            custom.add(new CustomField(text(c, "id"), text(c, "name"), text(c, "type"), text(c, "value")));
        }
        return custom;
    }

    static ObjectNode booking(ObjectNode record, BookingOrder o) {
        record.put("id", o.id()).put("event", o.eventId()).put("status", o.status());
        ArrayNode tickets = record.putArray("tickets");
        for (Ticket t : o.tickets()) {
            ObjectNode tn = tickets.addObject().put("id", t.ticketId()).put("quantity", t.quantity());
            ArrayNode requirements = tn.putArray("requirements");
            for (Requirement r : t.requirements()) {
                ObjectNode rn = requirements.addObject().put("scope", r.scope().wireName()).put("condition", r.condition().wireName());
                r.fields().forEach(rn.putArray("fields")::add);
            }
        }
        ArrayNode guests = record.putArray("guests");
        for (GuestRecord g : o.guests()) {
            ObjectNode gn = guests.addObject().put("id", g.guestId()).put("ticket", g.itemTicketId());
            gn.set("fields", JSON.valueToTree(g.fields()));
        }
        return record;
    }

    static BookingOrder booking(JsonNode record) {
        List<Ticket> tickets = new ArrayList<>();
        for (JsonNode t : record.get("tickets")) {
            List<Requirement> requirements = new ArrayList<>();
            for (JsonNode r : t.get("requirements")) {
                List<String> fields = new ArrayList<>();
                r.get("fields").forEach(f -> fields.add(f.asText()));
                requirements.add(new Requirement(fields, Requirement.Scope.of(r.get("scope").asText()),
                        Requirement.Condition.of(r.get("condition").asText())));
            }
            tickets.add(new Ticket(t.get("id").asText(), t.get("quantity").asInt(), requirements));
        }
        List<GuestRecord> guests = new ArrayList<>();
        for (JsonNode g : record.get("guests")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            g.get("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), value(e.getValue())));
            guests.add(new GuestRecord(g.get("id").asText(), g.get("ticket").asText(), fields));
        }
        return new BookingOrder(record.get("id").asText(), text(record, "event"), text(record, "status"), tickets, guests);
    }

    /** A stored guest-data value: a string, lead_guest's boolean, or null. */
    private static Object value(JsonNode v) {
        return v.isNull() ? null : v.isBoolean() ? (Object) v.booleanValue() : v.asText();
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
