package dev.cventmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.FieldKind;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Guests as JSON for the admin API and fixtures: keys are the WSDL attribute names ({@code Id}, {@code EventID},
 * {@code FirstName}, …), dateTimes ISO-8601 strings, booleans JSON booleans, custom fields under
 * {@code CustomFieldDetail} as {@code [{"FieldId", "FieldName", "FieldType", "FieldValue"}]}.
 */
public final class GuestJson {
    static final String CUSTOM_FIELDS = "CustomFieldDetail";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] CUSTOM_MEMBERS = {"FieldId", "FieldName", "FieldType", "FieldValue"};

    private GuestJson() {
    }

    public static ObjectNode toJson(Guest guest) {
        ObjectNode o = NODES.objectNode();
        o.put("Id", guest.id());
        guest.fields().forEach((f, v) -> putValue(o, f.wireName(), f.kind(), v));
        putCustomFields(o, guest.customFields());
        return o;
    }

    /** An attribute's value as JSON: booleans and integers as JSON's own, everything else as text. */
    static void putValue(ObjectNode o, String name, FieldKind kind, String v) {
        switch (kind) {
            case BOOLEAN -> o.put(name, Boolean.parseBoolean(v));
            case INTEGER -> o.put(name, Integer.parseInt(v));
            default -> o.put(name, v);
        }
    }

    static void putCustomFields(ObjectNode o, List<CustomField> customFields) {
        ArrayNode fields = o.putArray(CUSTOM_FIELDS);
        for (CustomField c : customFields) {
            ObjectNode f = fields.addObject();
            putIfSet(f, "FieldId", c.fieldId());
            putIfSet(f, "FieldName", c.fieldName());
            putIfSet(f, "FieldType", c.fieldType());
            putIfSet(f, "FieldValue", c.fieldValue());
        }
    }

    /**
     * A guest of {@code eventId} from JSON; {@code guestId} (from the URL) wins over a missing Id, and must
     * agree with a given one.
     *
     * @throws AdminException 400 naming the unknown attribute or the bad value
     */
    public static Guest fromJson(JsonNode json, String eventId, String guestId, String where) {
        if (json == null || !json.isObject()) {
            throw AdminException.badRequest(where + ": a guest must be a JSON object");
        }
        String id = text(json.get("Id"), where + ".Id");
        if (guestId != null && id != null && !id.equalsIgnoreCase(guestId)) {
            throw AdminException.badRequest(where + ": Id '" + id + "' differs from the guest id in the URL '" + guestId + "'");
        }
        id = guestId != null ? guestId : id;
        if (id == null || id.isBlank()) {
            throw AdminException.badRequest(where + ": Id is required");
        }
        Map<GuestField, String> values = new EnumMap<>(GuestField.class);
        List<CustomField> custom = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("Id")) {
                continue;
            }
            if (key.equals(CUSTOM_FIELDS)) {
                custom.addAll(customFields(e.getValue(), where + "." + CUSTOM_FIELDS));
                continue;
            }
            GuestField field = GuestField.byWireName(key);
            if (field == null) {
                throw AdminException.badRequest(where + ": unknown attribute '" + key + "' (keys are the WSDL attribute names)");
            }
            values.put(field, scalar(e.getValue(), field.kind(), where + "." + key));
        }
        String event = values.get(GuestField.EVENT_ID);
        if (event != null && !event.equalsIgnoreCase(eventId)) {
            throw AdminException.badRequest(where + ": EventID '" + event + "' differs from the event '" + eventId + "'");
        }
        values.put(GuestField.EVENT_ID, eventId);
        try {
            return Guest.of(id, values, custom);
        } catch (IllegalArgumentException ex) { // a value not of its kind, too many custom fields
            throw AdminException.badRequest(where + ": " + ex.getMessage());
        }
    }

    /** An attribute's JSON value as text: JSON booleans for booleans, numbers for integers (and texts), or strings. */
    static String scalar(JsonNode v, FieldKind kind, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (kind == FieldKind.BOOLEAN && v.isBoolean()) {
            return Boolean.toString(v.booleanValue());
        }
        if (v.isTextual() || ((kind == FieldKind.TEXT || kind == FieldKind.INTEGER) && v.isIntegralNumber())
                || (kind == FieldKind.TEXT && v.isNumber())) {
            return v.asText();
        }
        throw AdminException.badRequest(where + ": expected " + switch (kind) {
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            default -> "a string";
        } + ", got " + v.getNodeType().name().toLowerCase());
    }

    static List<CustomField> customFields(JsonNode array, String where) {
        if (!array.isArray()) {
            throw AdminException.badRequest(where + ": expected an array");
        }
        List<CustomField> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode f = array.get(i);
            String at = where + "[" + i + "]";
            if (!f.isObject()) {
                throw AdminException.badRequest(at + ": expected an object");
            }
            for (Iterator<String> names = f.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (!List.of(CUSTOM_MEMBERS).contains(n)) {
                    throw AdminException.badRequest(at + ": unknown member '" + n + "' (FieldId, FieldName, FieldType, FieldValue)");
                }
            }
            out.add(new CustomField(text(f.get("FieldId"), at), text(f.get("FieldName"), at),
                    text(f.get("FieldType"), at), text(f.get("FieldValue"), at)));
        }
        return out;
    }

    static String text(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.isBoolean()) {
            throw AdminException.badRequest(where + ": expected a string");
        }
        return v.asText();
    }

    private static void putIfSet(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
