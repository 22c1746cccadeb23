package dev.cventmock.cvent.guests;

/** A value that is not of its attribute's kind, e.g. {@code DateOfBirth="yesterday"}. */
public final class InvalidFieldValueException extends IllegalArgumentException {
    private final String attribute;
    private final String value;

    public InvalidFieldValueException(String attribute, String value, FieldKind kind) {
        super("attribute " + attribute + " has the value '" + value + "', which is not a valid " + kind.schemaType());
        this.attribute = attribute;
        this.value = value;
    }

    public String attribute() {
        return attribute;
    }

    public String value() {
        return value;
    }
}
