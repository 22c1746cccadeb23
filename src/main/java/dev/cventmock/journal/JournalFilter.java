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

    public JournalFilter(RequestJournal journal, CallLog log, Clock clock) {
        this.journal = journal;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getRequestURI().startsWith(ADMIN_PREFIX)) {
            chain.doFilter(req, resp);
            return;
        }
        CallContext call = CallContext.of(request);
        boolean record = journal.isEnabled();
        CapturingResponse capture = record ? new CapturingResponse(response) : null;
        boolean connectionLost = false;
        try {
            chain.doFilter(request, record ? capture : response);
        } catch (IOException e) {
            // the client went away or stalled past the timeout: nothing can be answered; one log line says why
            connectionLost = true;
            call.outcome("connection lost: " + rootMessage(e));
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
        if (record && !connectionLost) {
            capture.send(); // only now: the call is in the journal before its client has the answer
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
