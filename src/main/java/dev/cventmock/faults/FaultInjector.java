package dev.cventmock.faults;

import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Carries out a fired rule: the actions every protocol shares (delay, HTTP status, dropped connection,
 * malformed answer) here, the protocol's own (a SOAP fault, a guest error) by its adapter.
 */
public final class FaultInjector {
    /** What an adapter contributes: its media types, a broken answer, and the protocol-specific actions. */
    public interface Protocol {
        /** Media type of the adapter's answers (used for the malformed one). */
        String contentType();

        /** Media type of an httpStatus answer's body. */
        String statusContentType();

        /** A truncated answer of this protocol. */
        byte[] malformedBody();

        /**
         * Carries out SOAP_FAULT or GUEST_ERROR; true when the call has been answered, false when it goes on
         * (e.g. a guest error applied later by the operation).
         */
        boolean apply(FaultRule rule, String injected) throws IOException;
    }

    private FaultInjector() {
    }

    /** Fires the first matching rule, if any; true when the call has been answered (or its connection dropped). */
    public static boolean inject(FaultRules rules, HttpServletRequest request, HttpServletResponse response, CallContext call,
                                 Protocol protocol) throws IOException {
        FaultRule rule = rules.fire(call);
        if (rule == null) {
            return false;
        }
        FaultAction a = rule.action();
        String injected = "injected by fault rule " + rule.id();
        switch (a.type()) {
            case DELAY -> {
                try {
                    Thread.sleep(a.ms());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            case HTTP_STATUS -> {
                call.outcome("HTTP " + a.status() + " (" + injected + ")");
                write(response, a.status(), protocol.statusContentType(),
                        a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case DROP_CONNECTION -> {
                call.outcome(Outcome.HTTP_ERROR, "connection dropped (" + injected + ")");
                ConnectionDrop.drop(request);
                return true;
            }
            case MALFORMED_RESPONSE -> {
                call.outcome(Outcome.HTTP_ERROR, "malformed response (" + injected + ")");
                write(response, 200, protocol.contentType(), protocol.malformedBody());
                return true;
            }
            default -> {
                return protocol.apply(rule, injected);
            }
        }
    }

    private static void write(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
