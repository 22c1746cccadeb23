package dev.cventmock.journal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Records every call outside the admin API in the journal and writes its one log line, before the response
 * goes out. The adapters describe the call in its {@link CallContext}; this filter adds what HTTP knows
 * (client, method, path, status, time).
 */
public final class JournalFilter implements Filter {
    public static final String ADMIN_PREFIX = "/__admin";

    private final RequestJournal journal;
    private final CallLog log;
    private final Clock clock;
    private final Runnable beforeAnswer;

    /**
     * @param beforeAnswer runs after a call is handled and before its answer leaves (makes its changes durable);
     *                     null when there is nothing to do then
     */
    public JournalFilter(RequestJournal journal, CallLog log, Clock clock, Runnable beforeAnswer) {
        this.journal = journal;
        this.log = log;
        this.clock = clock;
        this.beforeAnswer = beforeAnswer;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getRequestURI().startsWith(ADMIN_PREFIX)) {
            if (beforeAnswer == null) {
                chain.doFilter(req, resp);
                return;
            }
            CapturingResponse held = new CapturingResponse(response);
            chain.doFilter(req, held);
            beforeAnswer.run();
            held.send();
            return;
        }
        CallContext call = CallContext.of(request);
        boolean record = journal.isEnabled();
        // answers are held back only when something must happen before they leave
        CapturingResponse capture = record || beforeAnswer != null ? new CapturingResponse(response) : null;
        IOException failed = null;
        try {
            chain.doFilter(request, capture != null ? capture : response);
        } catch (IOException e) {
            // the request could not be read (client gone, stalled past the timeout, malformed framing):
            // one log line says why instead of a stack trace
            failed = e;
            call.outcome("request not read: " + rootMessage(e));
        } finally {
            if (call.operation() == null) {
                call.outcome(String.valueOf(response.getStatus()));
                call.operation(request.getMethod() + " " + request.getRequestURI());
            }
            log.add(call.logLine());
            if (record) {
                journal.add(entry(request, response, call, capture));
            }
        }
        if (failed != null) {
            answerError(response, failed);
            return;
        }
        if (beforeAnswer != null) {
            beforeAnswer.run(); // the call's changes are durable before its client has the answer
        }
        if (capture != null) {
            capture.send(); // and the call is in the journal by then too
        }
    }

    /** Answers through Jetty's error handler (a SOAP fault or JSON); a client that is gone just misses it. */
    private static void answerError(HttpServletResponse response, IOException cause) {
        boolean stalled = false;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            stalled |= t instanceof java.util.concurrent.TimeoutException;
        }
        try {
            if (!response.isCommitted()) {
                response.sendError(stalled ? 408 : 400, rootMessage(cause));
            }
        } catch (IOException | IllegalStateException gone) {
            // nothing more to do for a connection that is gone
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private JournalEntry entry(HttpServletRequest request, HttpServletResponse response, CallContext call, CapturingResponse capture) {
        byte[] body = call.requestBody();
        String query = request.getQueryString();
        return new JournalEntry(
                journal.nextId(),
                clock.instant(),
                request.getRemoteAddr(),
                request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                call.protocol(),
                call.operation(),
                call.eventId(),
                List.copyOf(call.guestIds()),
                RequestHeaders.of(request),
                body == null ? new byte[0] : body,
                response.getStatus(),
                capture.bytes(),
                call.elapsedMillis());
    }

}
