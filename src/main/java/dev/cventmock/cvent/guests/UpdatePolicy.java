package dev.cventmock.cvent.guests;

/**
 * How updates treat guests the store does not know, and how many guests one call may carry.
 *
 * @param strict          false (lenient): unknown Ids are created and Id-less guests matched or created;
 *                        true: an Id is required and must exist
 * @param maxGuestsPerCall calls with more guests are refused whole
 */
public record UpdatePolicy(boolean strict, int maxGuestsPerCall) {
    public static final int DEFAULT_MAX_GUESTS_PER_CALL = 200;

    public UpdatePolicy {
        if (maxGuestsPerCall < 1) {
            throw new IllegalArgumentException("maxGuestsPerCall must be at least 1: " + maxGuestsPerCall);
        }
    }

    public static UpdatePolicy lenient() {
        return new UpdatePolicy(false, DEFAULT_MAX_GUESTS_PER_CALL);
    }
}
