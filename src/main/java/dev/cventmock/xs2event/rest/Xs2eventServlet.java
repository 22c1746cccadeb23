package dev.cventmock.xs2event.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.BodyTooLarge;
import dev.cventmock.http.BoundedBody;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Executor;
import org.eclipse.jetty.server.Handler;

/**
 * XS2event's guest-data API under {@code /v1}: X-Api-Key on every route, a per-client rate limit (503),
 * JSON errors {@code {"message", "errors"}} (400 malformed JSON, 401 key, 404 unknown, 422 validation).
 * Operation names for the journal and fault rules: PutGuestData, GetGuestData, GetGuest, PutGuest,
 * GetBookingOrder, GetTicketGuestData.
 */
public final class Xs2eventServlet extends HttpServlet {
    private final transient Xs2eventCalls calls;
    private final transient FaultRules faults;

    private final transient long maxBodyBytes;

    public Xs2eventServlet(BookingOrders orders, Set<String> apiKeys, double requestsPerSecond, FaultRules faults, long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.calls = new Xs2eventCalls(orders, apiKeys, requestsPerSecond);
        this.faults = faults;
    }

    /**
     * The handler that serves the PUTs without the servlet stack (answers computed on {@code workers}), in front of
     * {@code next}; {@code beforeAnswer} (or null) runs before each answer leaves.
     */
    public Handler directCalls(Handler next, CallRecorder recorder, Executor workers, Runnable beforeAnswer) {
        return new Xs2eventDirectHandler(next, recorder, workers, calls, faults, maxBodyBytes, beforeAnswer);
    }

    /** Forgets rate-limit budgets (on reset). */
    public void resetRateLimit() {
        calls.resetRateLimit();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CallContext call = CallContext.of(request);
        String method = request.getMethod();
        Xs2eventCalls.Admission admitted = calls.admit(method, request.getRequestURI(), request.getRemoteAddr(),
                request.getHeader("X-Api-Key"), request.getContentType(), call);
        if (admitted.refusal() != null) {
            write(response, admitted.refusal());
            return;
        }
        byte[] body;
        try {
            body = method.equals("PUT") ? BoundedBody.read(request, maxBodyBytes) : new byte[0];
        } catch (BodyTooLarge e) {
            write(response, Xs2eventCalls.json(call, 413, Xs2eventCalls.message(e.getMessage())));
            return;
        }
        call.requestBody(body);
        if (injectFault(request, response, call)) {
            return;
        }
        write(response, calls.answer(admitted, request::getParameter, body, call));
    }

    private boolean injectFault(HttpServletRequest request, HttpServletResponse response, CallContext call) throws IOException {
        if (faults.isEmpty()) {
            return false;
        }
        return FaultInjector.inject(faults, request, response, call, new Xs2eventFaultRules(call)).endsCall();
    }

    private static void write(HttpServletResponse response, Answer answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

}
