package dev.cventmock.journal;

import java.util.concurrent.TimeoutException;

/** How a request whose body could not be read is answered and logged (client gone, stalled, bad framing). */
public final class UnreadRequest {
    private UnreadRequest() {
    }

    /** 408 when the client stalled past the time-out, else 400. */
    public static int status(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return 408;
            }
        }
        return 400;
    }

    /** The innermost cause's message: the one that says what happened. */
    public static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The call's outcome in its log line. */
    public static String outcome(Throwable e) {
        return "request not read: " + reason(e);
    }
}
