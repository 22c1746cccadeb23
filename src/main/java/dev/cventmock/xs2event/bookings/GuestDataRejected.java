package dev.cventmock.xs2event.bookings;

/** A guest-data write refused as a whole: nothing was changed. */
public final class GuestDataRejected extends RuntimeException {
    private final ValidationErrors errors;

    public GuestDataRejected(ValidationErrors errors) {
        super(errors.asMap().size() + " invalid value(s)", null, false, false);
        this.errors = errors;
    }

    public ValidationErrors errors() {
        return errors;
    }
}
