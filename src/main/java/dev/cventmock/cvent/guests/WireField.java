package dev.cventmock.cvent.guests;

/** An attribute of a Cvent object (Guest, Event): its name on the wire and the kind of its values. */
public interface WireField {
    /** The attribute name exactly as the contract spells it. */
    String wireName();

    FieldKind kind();
}
