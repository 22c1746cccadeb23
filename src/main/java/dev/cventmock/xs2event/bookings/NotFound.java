package dev.cventmock.xs2event.bookings;

/** An unknown booking order, guest or ticket. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message, null, false, false);
    }
}
