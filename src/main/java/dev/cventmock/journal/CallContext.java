package dev.cventmock.journal;

import jakarta.servlet.ServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call was and how it ended, filled in by the protocol adapter that handles it and read by the
 * journal, the fault rules and the call's log line. Lives as a request attribute for the request's lifetime.
 */
public final class CallContext {
    static final String ATTRIBUTE = CallContext.class.getName();

    private final long startNanos = System.nanoTime();
    private String protocol = "HTTP";
    private String operation;
    private String eventId;
    private int guestCount = -1;
    private final List<String> guestIds = new ArrayList<>(1);
    private final List<String> messageIds = new ArrayList<>(1);
    private String outcome = "?";
    private Outcome kind; // null: read from the HTTP status and the outcome's text
    private byte[] requestBody;
    private boolean connectionDropped;

    /** The request's context, created on first use. */
    public static CallContext of(ServletRequest request) {
        Object c = request.getAttribute(ATTRIBUTE);
        if (c instanceof CallContext context) {
            return context;
        }
        CallContext context = new CallContext();
        request.setAttribute(ATTRIBUTE, context);
        return context;
    }

    /** e.g. "SOAP 1.1", "SOAP 1.2", "REST". */
    public CallContext protocol(String protocol) {
        this.protocol = protocol;
        return this;
    }

    public CallContext operation(String operation) {
        this.operation = operation;
        return this;
    }

    /** The event (Cvent) or booking order (XS2event) the call is about, and how many guests it carries. */
    public CallContext subject(String eventId, int guestCount) {
        this.eventId = eventId;
        this.guestCount = guestCount;
        guestIds.clear();
        messageIds.clear();
        return this;
    }

    /** A guest the call names, with the client's message id for it (either may be null). */
    public CallContext guest(String guestId, String messageId) {
        if (guestId != null) {
            guestIds.add(guestId);
        }
        if (messageId != null) {
            messageIds.add(messageId);
        }
        return this;
    }

    public CallContext outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    /** An outcome whose kind the HTTP status alone does not tell (a per-guest error, a refused login, a dropped connection). */
    public CallContext outcome(Outcome kind, String outcome) {
        this.kind = kind;
        this.outcome = outcome;
        return this;
    }

    /** The call ends with its connection closed and no response: recorded with {@link JournalEntry#NO_RESPONSE}. */
    public CallContext connectionDropped() {
        this.connectionDropped = true;
        return this;
    }

    public boolean isConnectionDropped() {
        return connectionDropped;
    }

    /** The body as read by the adapter, so the journal does not read it twice. */
    public CallContext requestBody(byte[] body) {
        this.requestBody = body;
        return this;
    }

    public String protocol() {
        return protocol;
    }

    public String operation() {
        return operation;
    }

    public String eventId() {
        return eventId;
    }

    public List<String> guestIds() {
        return guestIds;
    }

    public List<String> messageIds() {
        return messageIds;
    }

    public String outcome() {
        return outcome;
    }

    /** The call's kind of outcome: as set, else a SOAP fault or an HTTP error by its status, else ok. */
    Outcome kind(int status) {
        if (kind != null) {
            return kind;
        }
        if (status < 400) {
            return Outcome.OK;
        }
        return outcome.startsWith("fault") ? Outcome.FAULT : Outcome.HTTP_ERROR;
    }

    byte[] requestBody() {
        return requestBody;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** "SOAP 1.1 UpdateGuestInfo event=E guests=2 -> ok 2/2 applied 3 ms". */
    public String logLine() {
        StringBuilder b = new StringBuilder(96).append(protocol).append(' ').append(operation == null ? "-" : operation);
        if (eventId != null) {
            b.append(" event=").append(eventId);
        }
        if (guestCount >= 0) {
            b.append(" guests=").append(guestCount);
        }
        return b.append(" -> ").append(outcome).append(' ').append(elapsedMillis()).append(" ms").toString();
    }
}
