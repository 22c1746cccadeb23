package dev.cventmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events as JSON for the admin API and fixtures, in the manner of {@link GuestJson}: {@code Id}, the WSDL's {@code s1:Event}
 * attribute names ({@code EventTitle}, {@code EventStartDate}, {@code Capacity}, …), dateTimes as ISO-8601 strings,
 * booleans and integers as JSON's own, custom fields under {@code CustomFieldDetail}.
 */
final class EventJson {
    private EventJson() {
    }

    static ObjectNode toJson(CventEvent event, int guestCount) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("Id", event.id());
        event.fields().forEach((f, v) -> GuestJson.putValue(o, f.wireName(), f.kind(), v));
        GuestJson.putCustomFields(o, event.customFields());
        o.put("guestCount", guestCount);
        return o;
    }

    /**
     * An event from JSON; {@code eventId} (from the URL or a fixture's EventId) wins over a missing Id and must agree
     * with a given one. {@code ignored} keys belong to the surrounding document (a fixture's {@code guests}).
     *
     * @throws AdminException 400 naming the unknown attribute or the bad value
     */
    static CventEvent fromJson(JsonNode json, String eventId, Set<String> ignored, String where) {
        if (json == null || !json.isObject()) {
            throw AdminException.badRequest(where + ": an event must be a JSON object");
        }
        String id = GuestJson.text(json.get("Id"), where + ".Id");
        if (id != null && !id.equalsIgnoreCase(eventId)) {
            throw AdminException.badRequest(where + ": Id '" + id + "' differs from the event id '" + eventId + "'");
        }
        Map<EventField, String> values = new EnumMap<>(EventField.class);
        List<CustomField> custom = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("Id") || key.equals("guestCount") || ignored.contains(key)) {
                continue;
            }
            if (key.equals(GuestJson.CUSTOM_FIELDS)) {
                custom.addAll(GuestJson.customFields(e.getValue(), where + "." + key));
                continue;
            }
            EventField field = EventField.byWireName(key);
            if (field == null) {
                throw AdminException.badRequest(where + ": unknown attribute '" + key + "' (keys are the WSDL's s1:Event attribute names)");
            }
            values.put(field, GuestJson.scalar(e.getValue(), field.kind(), where + "." + key));
        }
        try {
            return CventEvent.of(eventId, values, custom);
        } catch (IllegalArgumentException ex) { // a value not of its kind
            throw AdminException.badRequest(where + ": " + ex.getMessage());
        }
    }
}
