package dev.cventmock.cvent.guests;

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
    /** By field ordinal: the value, or null when it is unset or held in {@link #packed}. */
    private final String[] values;
    /** The unique values that fit one Latin-1 array ({@link PackedText}), or null. */
    private final byte[] packed;
    private final List<CustomField> customFields;

    /** A guest of these values, whose packable ones are moved from {@code values} into the packed array. */
    Guest(String id, String[] values, List<CustomField> customFields) {
        this(id, values, PackedText.pack(values, null), customFields);
    }

    /** {@code packed} as {@link PackedText#pack} made it from {@code values}. */
    Guest(String id, String[] values, byte[] packed, List<CustomField> customFields) {
        this.id = Objects.requireNonNull(id, "id");
        this.values = values;
        this.packed = packed;
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
        String v = values[field.ordinal()];
        return v != null || packed == null || !PackedText.packs(field) ? v : PackedText.get(packed, field.ordinal());
    }

    /**
     * Every attribute's value in the contract's order, null when unset, without making Strings of packed ones: for
     * writers that copy the values out. A value given is valid only during that call.
     */
    public void forEachText(java.util.function.BiConsumer<GuestField, CharSequence> sink) {
        PackedText.forEach(values, packed, sink);
    }

    /** Every attribute that has a value, in the contract's order. */
    public Map<GuestField, String> fields() {
        Map<GuestField, String> out = new LinkedHashMap<>();
        for (GuestField f : GuestField.all()) {
            String v = get(f);
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
        return new Guest(id, copy, packed, customFields);
    }

    /** The values not packed, by field ordinal (packed ones null). */
    String[] valuesCopy() {
        return values.clone();
    }

    /** The packed values ({@link PackedText}), or null. */
    byte[] packed() {
        return packed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Guest g && id.equals(g.id) && fields().equals(g.fields()) && customFields.equals(g.customFields);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + fields().hashCode();
    }

    @Override
    public String toString() {
        return "Guest[" + id + " " + fields() + " " + customFields + "]";
    }
}
