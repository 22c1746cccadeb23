package dev.cventmock.journal;

import java.time.Clock;
import java.util.List;

/**
 * Writes a finished call's log line and journal entry. Both ways a call is served use it: the servlet stack
 * (through {@link JournalFilter}) and the direct handlers on Jetty's core API; either calls it before the
 * answer leaves, so a client that has its answer finds the call in the journal.
 */
public final class CallRecorder {
    private final RequestJournal journal;
    private final CallCounters counters;
    private final CallLog log;
    private final Clock clock;

    /** @param log where each call's line goes, or null for no call log */
    public CallRecorder(RequestJournal journal, CallCounters counters, CallLog log, Clock clock) {
        this.journal = journal;
        this.counters = counters;
        this.log = log;
        this.clock = clock;
    }

    /** Whether responses must be kept to be recorded (the journal is on). */
    public boolean keepsBodies() {
        return journal.isEnabled();
    }

    /** What HTTP knew of the call; the adapter's description of it is in the {@link CallContext}. */
    public record Exchange(String clientAddress, String method, String pathAndQuery, RecordedHeaders headers,
                           int status, RecordedHeaders responseHeaders, byte[] responseBody) {
    }

    public void record(CallContext call, Exchange exchange) {
        if (log != null) {
            log.add(call.logLine());
        }
        // whatever status the response object holds, none was sent when the connection was dropped
        int status = call.isConnectionDropped() ? JournalEntry.NO_RESPONSE : exchange.status();
        Outcome outcome = call.kind(status);
        counters.count(call.operation(), outcome);
        if (!journal.isEnabled()) {
            return;
        }
        byte[] body = call.requestBody();
        journal.add(new JournalEntry(
                journal.nextId(),
                clock.instant(),
                exchange.clientAddress(),
                exchange.method(),
                exchange.pathAndQuery(),
                call.protocol(),
                call.operation(),
                call.eventId(),
                List.copyOf(call.guestIds()),
                exchange.headers(),
                body == null ? new byte[0] : body,
                status,
                exchange.responseHeaders() == null ? RecordedHeaders.ofAnswer(null, null) : exchange.responseHeaders(),
                exchange.responseBody() == null ? new byte[0] : exchange.responseBody(),
                outcome,
                call.outcome(),
                call.elapsedMillis()));
    }
}
