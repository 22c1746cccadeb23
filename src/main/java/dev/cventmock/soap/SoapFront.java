package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.BodyTooLarge;
import dev.cventmock.http.Deferred;
import dev.cventmock.http.DirectCallHandler;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The V200611 endpoint as clients reach it, {@code /soap/V200611.ASMX} in any letter case, on Jetty's core API: the one
 * place that decides everything about a SOAP request — method, media type and SOAP version, body limit and charset,
 * the envelope, the operation and its SOAPAction, fault rules — and hands the decided call to an engine:
 * <ul>
 *   <li>streaming: Login, UpdateGuestInfo and Retrieve read in one pass ({@link StreamingRequest}), answered on a
 *   call worker;</li>
 *   <li>Metro: the JAX-WS endpoint generated from the WSDL ({@link MetroPorts}), for every other operation, for what
 *   the streaming reader leaves (a mustUnderstand header, say), and for every call with {@code --soap-engine metro};
 *   run on a pool thread, since its first use builds it.</li>
 * </ul>
 * Every fault is written by {@link CventFaults}. GET serves the WSDL ({@code ?WSDL}, any case) and the help pages.
 * A plain call (the usual case) is read once: the streaming reader finds its operation itself; anything it does not
 * take is checked in full, envelope first, and so gets the fault the check finds.
 */
public final class SoapFront extends DirectCallHandler {
    private static final String ALLOW = "GET, HEAD, POST";

    private final EndpointAddress address;
    private final FaultRules faults;
    private final SoapEngine engine;
    private final V200611Operations operations;
    private final XmlInput xml;
    private final WsdlDocument wsdl = WsdlDocument.load();
    private final HelpPages help = new HelpPages();
    private final Deferred<MetroPorts> metro;

    /**
     * @param next         what serves every other path (the servlet stack)
     * @param beforeAnswer runs before an answer leaves (makes the call's changes durable), or null
     */
    public SoapFront(Handler next, CallRecorder recorder, Executor workers, CventBackend cvent, EndpointAddress address,
                     FaultRules faults, SoapEngine engine, RequestLimits limits, Runnable beforeAnswer) {
        super(next, recorder, workers, limits.maxBodyBytes(), beforeAnswer);
        this.address = address;
        this.faults = faults;
        this.engine = engine;
        this.operations = new V200611Operations(cvent);
        this.xml = XmlInput.of(limits);
        // With the streaming engine Metro's ports are built when a call first needs them, and only then: they are most
        // of the start-up time, and building them in the background while clients are calling loads some 1,400
        // classes, which makes the JIT throw away and redo the compiled code of the calls being served (measured:
        // 20-30% fewer calls a second, and the slowest calls twice as slow, for ten seconds).
        Supplier<MetroPorts> build = () -> new MetroPorts(v -> new V200611Endpoint(v, operations, xml.factory()));
        this.metro = engine == SoapEngine.STREAMING ? Deferred.whenNeeded("cvent-mock-metro-init", build) : Deferred.of(build.get());
    }

    @Override
    protected void doStop() throws Exception {
        metro.cancel();
        metro.whenBuilt(MetroPorts::dispose);
        super.doStop();
    }

    @Override
    protected boolean takes(Request request) {
        return EndpointAddress.isEndpointPath(request.getHttpURI().getPath());
    }

    /** GET and HEAD (WSDL, help pages), other methods (405) and media types that are not SOAP (415): no body needed. */
    @Override
    protected Answer answerWithoutBody(Request request, CallContext call) {
        switch (request.getMethod()) {
            case "POST" -> {
                String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
                if (SoapVersion.ofContentType(contentType) != null) {
                    return null; // a SOAP call: its body is read
                }
                call.protocol("SOAP").operation("-").outcome("415 unsupported Content-Type " + contentType);
                return refusal(request, 415, Map.of(), "unsupported Content-Type '" + contentType + "': send SOAP 1.1 as "
                        + "text/xml or SOAP 1.2 as application/soap+xml");
            }
            case "GET", "HEAD" -> {
                return page(request);
            }
            default -> {
                return refusal(request, 405, Map.of("Allow", ALLOW), request.getMethod() + " is not supported here; use POST "
                        + "for SOAP calls, GET for ?WSDL");
            }
        }
    }

    @Override
    protected Answer answerTooLarge(Request request, CallContext call, long maxBodyBytes) {
        SoapVersion version = SoapVersion.ofContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        call.protocol(version.label());
        return CventFaults.answer(version, call, address.endpointUrl(request), CventError.INVALID_SOAP_REQUEST,
                new BodyTooLarge(maxBodyBytes).getMessage());
    }

    @Override
    protected Reply answer(Request request, byte[] body, CallContext call) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        SoapVersion version = SoapVersion.ofContentType(contentType);
        String endpointUrl = address.endpointUrl(request);
        String action = SoapOperation.actionOf(version, request.getHeaders().get("SOAPAction"), contentType);
        call.protocol(version.label());
        RequestXml xmlBody = new RequestXml(body);
        String mismatch = XmlCharset.mismatch(MimeTypes.getCharsetFromContentType(contentType), xmlBody);
        if (mismatch != null) {
            return CventFaults.answer(version, call, endpointUrl, CventError.INVALID_SOAP_REQUEST, mismatch);
        }
        boolean streamable = engine == SoapEngine.STREAMING;
        if (streamable) { // the usual call, read once: the streaming reader finds the operation itself
            try {
                StreamingRequest in = StreamingRequest.read(xml, xmlBody, version, null);
                if (SoapOperation.actionAgrees(action, in.operation)) {
                    return plain(version, in, xmlBody, call, endpointUrl);
                }
            } catch (StreamingRequest.Unsupported e) {
                streamable = false; // Metro's, whatever the checks below find: not read in one pass again
            } catch (CventException e) {
                // refused below, once the checks and the fault rules have had their say, as for any other call
            }
        }
        // checked in full: the envelope, its version, the operation and its SOAPAction, then the fault rules
        Route route = route(version, xmlBody, action, call, endpointUrl);
        if (route.refusal() != null) {
            return route.refusal();
        }
        SoapOperation operation = route.operation();
        boolean stream = streamable;
        if (faults.isEmpty()) {
            return engine(stream, version, operation, xmlBody, contentType, action, call, endpointUrl, null);
        }
        return withFaultRules(version, xmlBody, call, endpointUrl,
                rule -> engine(stream, version, operation, xmlBody, contentType, action, call, endpointUrl, rule));
    }

    /** A plain call the streaming reader has read, its SOAPAction agreeing: the fault rules, then the operation. */
    private Reply plain(SoapVersion version, StreamingRequest in, RequestXml body, CallContext call, String endpointUrl) {
        SoapOperation operation = in.operation;
        call.operation(operation.wireName());
        if (faults.isEmpty()) {
            return StreamingCall.answer(operations, version, operation, in, call, endpointUrl, null);
        }
        return withFaultRules(version, body, call, endpointUrl,
                rule -> StreamingCall.answer(operations, version, operation, in, call, endpointUrl, rule));
    }

    /** The first fault rule the call matches, carried out; the call goes on through {@code then} unless it ends it. */
    private Reply withFaultRules(SoapVersion version, RequestXml body, CallContext call, String endpointUrl,
                                 java.util.function.Function<FaultRule, Reply> then) {
        if (faults.needsBody()) {
            EnvelopeProbe.scanGuests(xml.factory(), body, call);
        }
        return FaultInjector.reply(FaultInjector.decide(faults, call, new SoapFaultRules(version, call, endpointUrl)), then);
    }

    /** The decided call on its engine: streamed when it can be ({@code streamable}: not left to Metro already), else Metro. */
    private Reply engine(boolean streamable, SoapVersion version, SoapOperation operation, RequestXml body, String contentType,
                         String action, CallContext call, String endpointUrl, FaultRule guestErrorRule) {
        if (streamable) {
            try {
                StreamingRequest in = StreamingRequest.read(xml, body, version, operation);
                return StreamingCall.answer(operations, version, operation, in, call, endpointUrl, guestErrorRule);
            } catch (StreamingRequest.Unsupported e) {
                // Metro's
            } catch (CventException e) {
                return CventFaults.answer(version, call, endpointUrl, e.error(), e.detail());
            }
        }
        try {
            EnvelopeProbe.scanToEnd(xml.factory(), body);
        } catch (EnvelopeProbe.NotSoapException e) {
            return CventFaults.answer(version, call, endpointUrl, CventError.INVALID_SOAP_REQUEST, e.getMessage());
        }
        return new Blocking(() -> metro(version, operation, body.bytes(), contentType, action, call, endpointUrl, guestErrorRule));
    }

    private Answer metro(SoapVersion version, SoapOperation operation, byte[] body, String contentType, String action,
                         CallContext call, String endpointUrl, FaultRule guestErrorRule) {
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Content-Type", contentType);
        if (version == SoapVersion.SOAP_11) {
            headers.put("SOAPAction", action == null ? null : "\"" + action + "\"");
        }
        MetroConnection connection = new MetroConnection(headers, body, endpointUrl);
        MetroCall held = new MetroCall(call, body, endpointUrl, guestErrorRule);
        metro.get().handle(version, connection, held);
        if (held.fault != null) { // the operation ended with a Cvent fault: written by the one fault writer
            return new Answer(500, version.contentType(), CventFaults.envelope(version, held.fault, endpointUrl));
        }
        byte[] answer = connection.bytes();
        return new Answer(connection.status(), connection.contentType() == null ? version.contentType() : connection.contentType(),
                operation == SoapOperation.RETRIEVE ? IdFirst.rewrite(answer) : answer);
    }

    /** Where a call goes: its operation, or the fault that refuses it. */
    private record Route(SoapOperation operation, Answer refusal) {
        static Route refused(Answer refusal) {
            return new Route(null, refusal);
        }
    }

    /** Checks what the body and the SOAPAction ask for: the operation (noted on the call), or the fault when it is wrong. */
    private Route route(SoapVersion version, RequestXml body, String action, CallContext call, String endpointUrl) {
        EnvelopeProbe.Result probe;
        try {
            probe = EnvelopeProbe.probe(xml.factory(), body);
        } catch (EnvelopeProbe.NotSoapException e) {
            return Route.refused(CventFaults.answer(version, call, endpointUrl, CventError.INVALID_SOAP_REQUEST, e.getMessage()));
        }
        if (!version.envelopeNamespace().equals(probe.envelopeNamespace())) {
            String explanation = "the envelope namespace '" + probe.envelopeNamespace() + "' is not that of "
                    + version.label() + " (" + version.envelopeNamespace() + "), which the Content-Type asks for";
            call.outcome("fault VersionMismatch");
            return Route.refused(new Answer(500, version.contentType(), CventFaults.versionMismatch(version, explanation)));
        }
        SoapOperation operation = SoapOperation.ofElement(probe.operationNamespace(), probe.operationName());
        if (operation == null) {
            String found = probe.operationName() == null ? "an empty Body"
                    : "{" + probe.operationNamespace() + "}" + probe.operationName();
            return Route.refused(CventFaults.answer(version, call, endpointUrl, CventError.INVALID_SOAP_REQUEST,
                    "unknown operation: the Body holds " + found + "; supported operations (namespace "
                            + SoapOperation.API_NAMESPACE + "): " + SoapOperation.supportedList()));
        }
        call.operation(operation.wireName());
        if (!SoapOperation.actionAgrees(action, operation)) {
            SoapOperation named = SoapOperation.ofAction(action);
            return Route.refused(CventFaults.answer(version, call, endpointUrl, CventError.INVALID_SOAP_REQUEST, named == null
                    ? "the SOAPAction " + action + " matches no operation; supported operations: "
                            + SoapOperation.supportedList() + " (SOAPAction \"" + SoapOperation.API_NAMESPACE + "/<Operation>\")"
                    : "the SOAPAction names " + named.wireName() + " but the Body holds " + operation.wireName()));
        }
        return new Route(operation, null);
    }

    /** The WSDL, the help index, or an operation's help page. */
    private Answer page(Request request) {
        String endpointUrl = address.endpointUrl(request);
        if (WsdlDocument.isWsdlQuery(request.getHttpURI().getQuery())) {
            return new Answer(200, WsdlDocument.CONTENT_TYPE, wsdl.render(endpointUrl));
        }
        Fields query = Request.extractQueryParameters(request);
        String op = query.getValue("op");
        if (op == null) {
            return new Answer(200, "text/html; charset=utf-8", help.index(endpointUrl));
        }
        byte[] page = help.operation(op, endpointUrl, java.net.URI.create(endpointUrl).getRawAuthority());
        if (page == null) {
            return new Answer(404, "text/plain; charset=utf-8", ("No operation named '" + op + "'. Emulated operations: "
                    + SoapOperation.supportedList() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Answer(200, "text/html; charset=utf-8", page);
    }

    /** An HTTP-level refusal with a Cvent fault as its body, so SOAP clients can still read what went wrong. */
    private Answer refusal(Request request, int status, Map<String, String> headers, String detail) {
        CventFaults.Fault fault = CventFaults.Fault.of(CventError.INVALID_SOAP_REQUEST, detail);
        return new Answer(status, SoapVersion.SOAP_11.contentType(),
                CventFaults.envelope(SoapVersion.SOAP_11, fault, address.endpointUrl(request)), headers);
    }
}
