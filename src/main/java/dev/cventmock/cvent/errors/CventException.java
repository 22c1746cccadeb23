package dev.cventmock.cvent.errors;

/**
 * A whole call refused with a Cvent error (a SOAP fault on the wire). {@code detail} says what exactly was
 * wrong, for the fault's detail and the log; the code and symbol stay Cvent's.
 */
public final class CventException extends RuntimeException {
    private final CventError error;

    public CventException(CventError error, String detail) {
        super(detail == null ? error.message() : detail, null, false, false);
        this.error = error;
    }

    public CventError error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
