package dev.cventmock.soap;

import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;

/**
 * What a fault rule means on the SOAP endpoint, whichever way the call is served: a SOAP fault in Cvent's format (by
 * the one fault writer), a guest error left to UpdateGuestInfo, and this version's media types and cut-off envelope.
 */
final class SoapFaultRules implements FaultInjector.Protocol {
    private final SoapVersion version;
    private final CallContext call;
    private final String endpointUrl;

    SoapFaultRules(SoapVersion version, CallContext call, String endpointUrl) {
        this.version = version;
        this.call = call;
        this.endpointUrl = endpointUrl;
    }

    @Override
    public String contentType() {
        return version.contentType();
    }

    @Override
    public String statusContentType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public byte[] malformedBody() {
        return MalformedResponse.truncated(version, call.operation());
    }

    @Override
    public Answer answer(FaultRule rule, String injected) {
        FaultAction action = rule.action();
        if (action.type() == FaultAction.Type.GUEST_ERROR) {
            return null; // UpdateGuestInfo fails the guests the rule names
        }
        CventFaults.Fault fault = new CventFaults.Fault(action.code(), action.string(), true, injected);
        call.outcome(fault.outcome());
        return new Answer(500, version.contentType(), CventFaults.envelope(version, fault, endpointUrl));
    }
}
