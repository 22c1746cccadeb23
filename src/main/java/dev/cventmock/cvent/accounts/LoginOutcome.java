package dev.cventmock.cvent.accounts;

/** The answer to a Login: a session, or the message Cvent gives instead (Login never faults). */
public record LoginOutcome(Session session, String errorMessage) {
    public static final String ACCESS_DENIED = "Access is denied.";
    public static final String LOCKED_OUT =
            "Your account has been locked out. Please contact Customer care or wait for 30 minutes";

    public boolean success() {
        return session != null;
    }
}
