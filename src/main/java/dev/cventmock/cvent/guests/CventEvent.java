package dev.cventmock.cvent.guests;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored Cvent event: its Id, the {@code s1:Event} attributes that have a value, and its custom fields. Immutable.
 * An event first met through UpdateGuestInfo exists with its Id alone ({@link #bare}).
 */
public final class CventEvent {
    private static final EventField[] FIELDS = EventField.values();

    private final String id;
    private final String[] values;
    private final List<CustomField> customFields;

    private CventEvent(String id, String[] values, List<CustomField> customFields) {
        this.id = Objects.requireNonNull(id, "id");
        this.values = values;
        this.customFields = customFields;
    }

    /** An event known by its Id only. */
    public static CventEvent bare(String id) {
        return new CventEvent(id, new String[FIELDS.length], List.of());
    }

    /**
     * An event with these attributes (checked and put in canonical form by kind) and custom fields.
     *
     * @throws InvalidFieldValueException naming an attribute whose value is not of its type
     */
    public static CventEvent of(String id, Map<EventField, String> fields, List<CustomField> customFields) {
        String[] values = new String[FIELDS.length];
        fields.forEach((f, v) -> values[f.ordinal()] = v == null ? null : f.kind().require(f.wireName(), v));
        return new CventEvent(id, values, List.copyOf(customFields));
    }

    public String id() {
        return id;
    }

    /** The attribute's value, or null when it has none. */
    public String get(EventField field) {
        return values[field.ordinal()];
    }

    /** This event with one attribute set (null clears it); the value must already be canonical. */
    public CventEvent with(EventField field, String value) {
        String[] copy = values.clone();
        copy[field.ordinal()] = value;
        return new CventEvent(id, copy, customFields);
    }

    /** Every attribute that has a value, in the contract's order. */
    public Map<EventField, String> fields() {
        Map<EventField, String> out = new EnumMap<>(EventField.class);
        for (EventField f : FIELDS) {
            if (values[f.ordinal()] != null) {
                out.put(f, values[f.ordinal()]);
            }
        }
        return out;
    }

    public List<CustomField> customFields() {
        return customFields;
    }

    /** True for an event that holds nothing but its Id. */
    public boolean isBare() {
        return customFields.isEmpty() && Arrays.stream(values).allMatch(Objects::isNull);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CventEvent e && id.equals(e.id) && Arrays.equals(values, e.values)
                && customFields.equals(e.customFields);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Event[" + id + " " + fields() + " " + customFields + "]";
    }
}
