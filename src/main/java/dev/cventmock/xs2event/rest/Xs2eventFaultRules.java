package dev.cventmock.xs2event.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;
import java.nio.charset.StandardCharsets;

/** What a fault rule means on the XS2event API, whichever way the call is served: JSON errors and a cut-off JSON body. */
final class Xs2eventFaultRules implements FaultInjector.Protocol {
    private final CallContext call;

    Xs2eventFaultRules(CallContext call) {
        this.call = call;
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public String statusContentType() {
        return "application/json";
    }

    @Override
    public byte[] malformedBody() {
        return "{\"bookingorder_id\": \"".getBytes(StandardCharsets.UTF_8);
    }

    /** The REST API has no SOAP faults: the same intent is an error status with the rule's code. */
    @Override
    public Answer answer(FaultRule rule, String injected) {
        FaultAction a = rule.action();
        int status = a.type() == FaultAction.Type.SOAP_FAULT ? 500 : 422;
        ObjectNode o = Xs2eventCalls.message(a.type() == FaultAction.Type.SOAP_FAULT ? a.string() : a.description());
        o.put("code", a.code());
        Answer answer = Xs2eventCalls.json(call, status, o);
        call.outcome("HTTP " + status + " " + a.code() + " (" + injected + ")");
        return answer;
    }
}
