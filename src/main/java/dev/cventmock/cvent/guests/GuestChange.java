package dev.cventmock.cvent.guests;

import java.util.ArrayList;
import java.util.List;

/**
 * One guest as a client sent it in an update: only the attributes it carried (null = not sent). Values are
 * checked against their kind as they are set, so a change that exists is well-formed.
 */
public final class GuestChange {
    private final String id;
    private final String messageId;
    private final String[] values;
    private final List<CustomField> customFields;
    private final int customFieldsSent;

    private GuestChange(Builder b) {
        this.id = b.id;
        this.messageId = b.messageId;
        this.values = b.values;
        this.customFields = List.copyOf(b.customFields);
        this.customFieldsSent = b.customFieldsSent;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The guest's Id as sent, or null. */
    public String id() {
        return id;
    }

    /** The client's MessageId, returned as the result's ReferenceId; null when none was sent. */
    public String messageId() {
        return messageId;
    }

    public String get(GuestField field) {
        return values[field.ordinal()];
    }

    /** The custom fields sent; only the first {@link Guest#MAX_CUSTOM_FIELDS} + 1 are kept of more. */
    public List<CustomField> customFields() {
        return customFields;
    }

    /** How many custom fields the client sent for this guest, kept or not. */
    public int customFieldsSent() {
        return customFieldsSent;
    }

    String[] values() {
        return values;
    }

    public static final class Builder {
        private String id;
        private String messageId;
        private final String[] values = new String[GuestField.count()];
        private final List<CustomField> customFields = new ArrayList<>(2);
        private int customFieldsSent;

        public Builder id(String id) {
            this.id = id == null || id.isBlank() ? null : id.strip();
            return this;
        }

        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        /**
         * Sets an attribute; null leaves it unsent.
         *
         * @throws InvalidFieldValueException when the value is not of the attribute's kind
         */
        public Builder set(GuestField field, String value) {
            values[field.ordinal()] = value == null ? null : field.kind().require(field.wireName(), value);
            return this;
        }

        /** Adds a custom field; past one more than a guest may hold they are only counted (the change is refused). */
        public Builder customField(CustomField field) {
            if (customFieldsSent++ <= Guest.MAX_CUSTOM_FIELDS) {
                customFields.add(field);
            }
            return this;
        }

        public GuestChange build() {
            return new GuestChange(this);
        }
    }
}
