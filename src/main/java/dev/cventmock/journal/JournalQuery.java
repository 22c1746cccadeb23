package dev.cventmock.journal;

import java.time.Instant;

/**
 * Which recorded calls to find; every criterion that is set must hold, a null one matches everything. Text matches
 * without regard to case (Cvent's ids do); {@code protocol} "SOAP" matches both SOAP versions.
 */
public record JournalQuery(String operation, Instant since, Outcome outcome, String eventId, String guestId, String protocol) {
    public static final JournalQuery ALL = new JournalQuery(null, null, null, null, null, null);

    public boolean matches(JournalEntry e) {
        return (since == null || !e.time().isBefore(since))
                && (operation == null || operation.equalsIgnoreCase(e.operation()))
                && (outcome == null || outcome == e.outcome())
                && (eventId == null || eventId.equalsIgnoreCase(e.eventId()))
                && (guestId == null || e.namesGuest(guestId))
                && (protocol == null || e.protocol() != null && e.protocol().regionMatches(true, 0, protocol, 0, protocol.length()));
    }
}
