package dev.cventmock.journal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every call outside the admin API in the journal and writes its one log line. The adapters describe
 * the call in its {@link CallContext}; this filter adds what HTTP knows (client, method, path, status, time).
 */
public final class JournalFilter implements Filter {
    private static final Logger CALLS = LoggerFactory.getLogger("cvent-mock.calls");
    public static final String ADMIN_PREFIX = "/__admin";

    private final RequestJournal journal;
    private final Clock clock;

    public JournalFilter(RequestJournal journal, Clock clock) {
        this.journal = journal;
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
        CapturingResponse capture = record ? new CapturingResponse(response, RequestJournal.DEFAULT_MAX_BODY_CHARS) : null;
        try {
            chain.doFilter(request, record ? capture : response);
        } finally {
            if (call.operation() == null) {
                call.outcome(String.valueOf(response.getStatus()));
                call.operation(request.getMethod() + " " + request.getRequestURI());
            }
            CALLS.info(call.logLine());
            if (record) {
                journal.add(entry(request, response, call, capture));
            }
        }
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
                headers(request),
                body == null ? "" : journal.bodyText(new String(body, StandardCharsets.UTF_8)),
                response.getStatus(),
                capture.body(),
                call.elapsedMillis());
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            out.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return out;
    }
}
