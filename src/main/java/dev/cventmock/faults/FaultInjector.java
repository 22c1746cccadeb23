package dev.cventmock.faults;

import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.http.DirectCallHandler.Dropped;
import dev.cventmock.http.DirectCallHandler.Later;
import dev.cventmock.http.DirectCallHandler.Reply;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a fired rule does to a call, decided once for every way a call is served: the actions every protocol shares
 * (delay, HTTP status, dropped connection, malformed answer) here, the protocol's own (a SOAP fault, a guest error)
 * by its adapter. {@link #decide} writes nothing, so Jetty's core API and the servlet stack carry out the same
 * decision each in its own way ({@link #inject} is the servlet's).
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
         * SOAP_FAULT or GUEST_ERROR: the answer that replaces the call's, or null when the call goes on with the rule
         * (a guest error, applied by the operation to the guests it names).
         */
        Answer answer(FaultRule rule, String injected);
    }

    /**
     * What the rules make of a call: it goes on (after {@code delayMs}, with {@code goesOnWith} for its operation to
     * apply), or it ends with {@code answer}, or with its connection dropped.
     */
    public record Injection(long delayMs, FaultRule goesOnWith, Answer answer, boolean drop) {
        public static final Injection NONE = new Injection(0, null, null, false);

        /** Whether the rule ended the call: answered instead of it, or dropped. */
        public boolean endsCall() {
            return answer != null || drop;
        }
    }

    private FaultInjector() {
    }

    /** Fires the first rule matching the call, if any, and says what it does; the call's outcome is noted when it ends it. */
    public static Injection decide(FaultRules rules, CallContext call, Protocol protocol) {
        FaultRule rule = rules.fire(call);
        if (rule == null) {
            return Injection.NONE;
        }
        FaultAction a = rule.action();
        String injected = "injected by fault rule " + rule.id();
        switch (a.type()) {
            case DELAY -> {
                return new Injection(a.ms(), null, null, false);
            }
            case HTTP_STATUS -> {
                call.outcome("HTTP " + a.status() + " (" + injected + ")");
                return ends(new Answer(a.status(), protocol.statusContentType(),
                        a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8)));
            }
            case DROP_CONNECTION -> {
                call.outcome(Outcome.HTTP_ERROR, "connection dropped (" + injected + ")").connectionDropped();
                return new Injection(0, null, null, true);
            }
            case MALFORMED_RESPONSE -> {
                call.outcome(Outcome.HTTP_ERROR, "malformed response (" + injected + ")");
                return ends(new Answer(200, protocol.contentType(), protocol.malformedBody()));
            }
            default -> {
                Answer answer = protocol.answer(rule, injected);
                return answer == null ? new Injection(0, rule, null, false) : ends(answer);
            }
        }
    }

    /**
     * {@link #decide} as a reply on Jetty's core API: the connection dropped, the rule's answer, or what
     * {@code operation} replies given the rule it goes on with (null for none), after the rule's delay without holding
     * a thread.
     */
    public static Reply reply(Injection injection, Function<FaultRule, Reply> operation) {
        if (injection.drop()) {
            return Dropped.CONNECTION;
        }
        if (injection.answer() != null) {
            return injection.answer();
        }
        Supplier<Reply> then = () -> operation.apply(injection.goesOnWith());
        return injection.delayMs() > 0 ? new Later(injection.delayMs(), then) : then.get();
    }

    private static Injection ends(Answer answer) {
        return new Injection(0, null, answer, false);
    }

    /**
     * {@link #decide}, carried out on a servlet call: the delay waited, the answer written or the connection dropped.
     * The caller stops when {@link Injection#endsCall()}, else goes on with {@link Injection#goesOnWith()}.
     */
    public static Injection inject(FaultRules rules, HttpServletRequest request, HttpServletResponse response, CallContext call,
                                   Protocol protocol) throws IOException {
        Injection injection = decide(rules, call, protocol);
        if (injection.delayMs() > 0) {
            try {
                Thread.sleep(injection.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (injection.drop()) {
            ConnectionDrop.drop(request);
        } else if (injection.answer() != null) {
            Answer a = injection.answer();
            response.setStatus(a.status());
            response.setContentType(a.contentType());
            response.setContentLength(a.body().length);
            response.getOutputStream().write(a.body());
        }
        return injection;
    }
}
