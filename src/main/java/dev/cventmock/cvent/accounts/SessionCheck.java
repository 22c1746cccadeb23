package dev.cventmock.cvent.accounts;

/** What a session token presented with a call turned out to be. */
public sealed interface SessionCheck {
    record Valid(Session session) implements SessionCheck {
    }

    record Expired(Session session) implements SessionCheck {
    }

    /** Missing, empty or never issued (or forgotten long after it expired). */
    record Unknown() implements SessionCheck {
    }
}
