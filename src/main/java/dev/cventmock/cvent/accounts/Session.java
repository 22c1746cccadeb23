package dev.cventmock.cvent.accounts;

import java.time.Instant;

/** A logged-in session: the token clients send as CventSessionValue, whose it is, and how long it lives. */
public record Session(String token, String accountNumber, String userName, Instant created, Instant expires) {
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
