package dev.cventmock.cvent.guests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A stored guest: immutable; every write produces a new instance, so readers never see half an update. */
public final class Guest {
    /**
     * Custom fields one guest may hold, and one update may carry for it: a bound on the work and memory a single
     * guest can cost (Cvent publishes none; real events define tens, rarely hundreds).
     */
    public static final int MAX_CUSTOM_FIELDS = 1_000;

    private final String id;
    private final String[] values;
    private final List<CustomField> customFields;

    Guest(String id, String[] values, List<CustomField> customFields) {
        this.id = Objects.requireNonNull(id, "id");
        this.values = values;
        this.customFields = customFields;
    }

    /** A guest with the given attributes (values in canonical form) and custom fields; for seeding. */
    public static Guest of(String id, Map<GuestField, String> fields, List<CustomField> customFields) {
        if (customFields.size() > MAX_CUSTOM_FIELDS) {
            throw new IllegalArgumentException(customFields.size() + " custom fields; a guest holds at most " + MAX_CUSTOM_FIELDS);
        }
        String[] values = new String[GuestField.count()];
        fields.forEach((f, v) -> values[f.ordinal()] = v == null ? null : f.kind().require(f.wireName(), v));
        return new Guest(id, values, List.copyOf(customFields));
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return values[GuestField.EVENT_ID.ordinal()];
    }

    /** The attribute's value, or null when it was never set. */
    public String get(GuestField field) {
        return values[field.ordinal()];
    }

    /** Every attribute that has a value, in the contract's order. */
    public Map<GuestField, String> fields() {
        Map<GuestField, String> out = new LinkedHashMap<>();
        for (GuestField f : GuestField.all()) {
            String v = values[f.ordinal()];
            if (v != null) {
                out.put(f, v);
            }
        }
        return out;
    }

    public List<CustomField> customFields() {
        return customFields;
    }

    /** The guest as Cvent reports it: its event's EventTitle and EventCode, when the event has them, over its own. */
    public Guest reportedIn(CventEvent event) {
        String title = event == null ? null : event.get(EventField.EVENT_TITLE);
        String code = event == null ? null : event.get(EventField.EVENT_CODE);
        if ((title == null || title.equals(get(GuestField.EVENT_TITLE))) && (code == null || code.equals(get(GuestField.EVENT_CODE)))) {
            return this;
        }
        String[] copy = values.clone();
        if (title != null) {
            copy[GuestField.EVENT_TITLE.ordinal()] = title;
        }
        if (code != null) {
            copy[GuestField.EVENT_CODE.ordinal()] = code;
        }
        return new Guest(id, copy, customFields);
    }

    String[] valuesCopy() {
        return values.clone();
    }

    /** This guest's custom fields with {@code updates} merged in (by FieldId, else FieldName). */
    List<CustomField> mergeCustomFields(List<CustomField> updates) {
        return CustomFieldMerge.merge(customFields, updates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Guest g && id.equals(g.id) && Arrays.equals(values, g.values)
                && customFields.equals(g.customFields);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Guest[" + id + " " + fields() + " " + customFields + "]";
    }
}
