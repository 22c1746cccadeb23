package dev.cventmock.soap;

import dev.cventmock.faults.FaultRule;
import dev.cventmock.journal.CallContext;

/**
 * What the SOAP front knows of the call Metro is serving, for the endpoint Metro dispatches to: the call's context,
 * the body as read (for what JAXB drops, see {@link BareIds}), the address clients are told, a guest-error rule that
 * fired, and the Cvent fault the call ended with, which the front writes. Metro runs the endpoint on the thread that
 * hands it the call, so the call is held for that thread while Metro has it.
 */
final class MetroCall {
    private static final ThreadLocal<MetroCall> CURRENT = new ThreadLocal<>();

    final CallContext call;
    final byte[] body;
    final String endpointUrl;
    final FaultRule guestErrorRule;
    CventFaults.Fault fault;

    MetroCall(CallContext call, byte[] body, String endpointUrl, FaultRule guestErrorRule) {
        this.call = call;
        this.body = body;
        this.endpointUrl = endpointUrl;
        this.guestErrorRule = guestErrorRule;
    }

    /** The call Metro is serving on this thread. */
    static MetroCall current() {
        MetroCall c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("the endpoint was called outside a call the SOAP front handed to Metro");
        }
        return c;
    }

    /** Runs {@code metro} with this call held for the endpoint. */
    void during(Runnable metro) {
        CURRENT.set(this);
        try {
            metro.run();
        } finally {
            CURRENT.remove();
        }
    }
}
