package dev.cventmock.xs2event.rest;

import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.DirectCallHandler;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;

/**
 * The XS2event PUTs (guest data of a booking order, or one guest) served straight from Jetty's core API, fault rules
 * included; every other request goes to the {@link Xs2eventServlet}. Both share one {@link Xs2eventCalls} and one
 * {@link Xs2eventFaultRules}, so the rules, the rate limit and the injected faults are the same.
 */
final class Xs2eventDirectHandler extends DirectCallHandler {
    private final Xs2eventCalls calls;
    private final FaultRules faults;

    Xs2eventDirectHandler(Handler next, CallRecorder recorder, Executor workers, Xs2eventCalls calls, FaultRules faults,
                          long maxBodyBytes, Runnable beforeAnswer) {
        super(next, recorder, workers, maxBodyBytes, beforeAnswer);
        this.calls = calls;
        this.faults = faults;
    }

    @Override
    protected boolean takes(Request request) {
        return "PUT".equals(request.getMethod())
                && request.getHttpURI().getPath().startsWith("/v1/");
    }

    @Override
    protected Reply answer(Request request, byte[] body, CallContext call) {
        Xs2eventCalls.Admission admitted = calls.admit(request.getMethod(), request.getHttpURI().getPath(),
                Request.getRemoteAddr(request), request.getHeaders().get("X-Api-Key"),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE), call);
        if (admitted.refusal() != null) {
            return admitted.refusal();
        }
        if (faults.isEmpty()) {
            return calls.answer(admitted, name -> null, body, call); // the PUT routes take no query parameters
        }
        return FaultInjector.reply(FaultInjector.decide(faults, call, new Xs2eventFaultRules(call)),
                rule -> calls.answer(admitted, name -> null, body, call));
    }
}
