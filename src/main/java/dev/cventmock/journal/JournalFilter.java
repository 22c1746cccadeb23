package dev.cventmock.journal;

import dev.cventmock.process.FatalErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records every call outside the admin API in the journal and writes its one log line, before the response
 * goes out. The adapters describe the call in its {@link CallContext}; this filter adds what HTTP knows
 * (client, method, path, status, time).
 */
public final class JournalFilter implements Filter {
    public static final String ADMIN_PREFIX = "/__admin";

    private final CallRecorder recorder;
    private final Runnable beforeAnswer;

    /**
     * @param beforeAnswer runs after a call is handled and before its answer leaves (makes its changes durable);
     *                     null when there is nothing to do then
     */
    public JournalFilter(CallRecorder recorder, Runnable beforeAnswer) {
        this.recorder = recorder;
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
        boolean record = recorder.keepsBodies();
        // answers are held back only when something must happen before they leave
        CapturingResponse capture = record || beforeAnswer != null ? new CapturingResponse(response) : null;
        IOException failed = null;
        try {
            chain.doFilter(request, capture != null ? capture : response);
        } catch (Error e) {
            FatalErrors.check(e, "a call to " + request.getRequestURI());
            throw e;
        } catch (IOException e) {
            // the request could not be read (client gone, stalled past the timeout, malformed framing):
            // one log line says why instead of a stack trace
            failed = e;
            call.outcome(UnreadRequest.outcome(e));
        } finally {
            if (call.operation() == null) {
                call.outcome(String.valueOf(response.getStatus()));
                call.operation(request.getMethod() + " " + request.getRequestURI());
            }
            String query = request.getQueryString();
            recorder.record(call, new CallRecorder.Exchange(request.getRemoteAddr(), request.getMethod(),
                    request.getRequestURI() + (query == null ? "" : "?" + query), RecordedHeaders.of(request),
                    response.getStatus(), record ? RecordedHeaders.of(response) : null, record ? capture.bytes() : null));
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
        try {
            if (!response.isCommitted()) {
                response.sendError(UnreadRequest.status(cause), UnreadRequest.reason(cause));
            }
        } catch (IOException | IllegalStateException gone) {
            // nothing more to do for a connection that is gone
        }
    }
}
