package dev.cventmock.http;

/** A request body over the configured limit; refused without reading the rest. */
public final class BodyTooLarge extends Exception {
    public BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes, the limit", null, false, false);
    }
}
