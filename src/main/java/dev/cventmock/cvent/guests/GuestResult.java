package dev.cventmock.cvent.guests;

import java.util.List;

/**
 * The outcome for one guest of an update, in input order: the guest's Id (the one assigned when it was
 * created), the client's MessageId as reference, and the errors when it failed.
 */
public record GuestResult(String id, String referenceId, List<GuestError> errors) {
    public GuestResult {
        errors = List.copyOf(errors);
    }

    public boolean success() {
        return errors.isEmpty();
    }
}
