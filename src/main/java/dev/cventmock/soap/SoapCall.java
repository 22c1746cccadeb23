package dev.cventmock.soap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What one SOAP call was and how it ended, filled in as the request passes through the front servlet and
 * the endpoint; it becomes the call's log line.
 */
public final class SoapCall {
    static final String ATTRIBUTE = SoapCall.class.getName();

    private final long startNanos = System.nanoTime();
    private final SoapVersion version;
    private String operation = "-";
    private String eventId;
    private int guests = -1;
    private String outcome = "?";

    SoapCall(SoapVersion version) {
        this.version = version;
    }

    static SoapCall of(HttpServletRequest request) {
        Object call = request.getAttribute(ATTRIBUTE);
        return call instanceof SoapCall c ? c : new SoapCall(null);
    }

    void operation(SoapOperation op) {
        this.operation = op.wireName();
    }

    void event(String eventId, int guests) {
        this.eventId = eventId;
        this.guests = guests;
    }

    void outcome(String outcome) {
        this.outcome = outcome;
    }

    void fault(CventFaults.Fault fault) {
        this.outcome = "fault " + fault.code() + " " + fault.string()
                + (fault.detail() == null ? "" : " (" + fault.detail() + ")");
    }

    String logLine() {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        StringBuilder b = new StringBuilder(96).append(version == null ? "SOAP" : version.label()).append(' ').append(operation);
        if (eventId != null) {
            b.append(" event=").append(eventId);
        }
        if (guests >= 0) {
            b.append(" guests=").append(guests);
        }
        return b.append(" -> ").append(outcome).append(' ').append(ms).append(" ms").toString();
    }
}
