package dev.cventmock.soap;

import dev.cventmock.cvent.CventError;
import dev.cventmock.cvent.CventException;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.BodyTooLarge;
import dev.cventmock.http.Deferred;
import dev.cventmock.http.DirectCallHandler;
import dev.cventmock.http.BoundedBody;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import dev.cventmock.journal.CapturingResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The V200611 endpoint as clients reach it: {@code /soap/V200611.ASMX} in any letter case. GET serves the
 * WSDL ({@code ?WSDL}, any case) and the help pages; POST picks the SOAP version from the media type,
 * checks that the body names an emulated operation (and agrees with the SOAPAction), then hands the call
 * to Metro's port of that version.
 */
public final class SoapServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(SoapServlet.class);
    private static final String ALLOW = "GET, HEAD, POST";

    private final transient EndpointAddress address;
    private final transient FaultRules faults;
    private final transient V200611Operations operations;
    private final transient WsdlDocument wsdl = WsdlDocument.load();
    private final transient HelpPages help = new HelpPages();
    private transient Deferred<MetroPorts> ports;

    private final transient SoapEngine engine;

    private final transient RequestLimits limits;
    private final transient XMLInputFactory xml;

    public SoapServlet(CventBackend cvent, EndpointAddress address, FaultRules faults, SoapEngine engine, RequestLimits limits) {
        this.engine = engine;
        this.limits = limits;
        this.xml = XmlInput.factory(limits);
        this.address = address;
        this.faults = faults;
        this.operations = new V200611Operations(cvent, address);
    }

    /**
     * The handler that serves plain Login, UpdateGuestInfo and Retrieve calls without the servlet stack (answers computed on
     * {@code workers}), in front of {@code next}.
     */
    public Handler directCalls(Handler next, CallRecorder recorder, Executor workers) {
        return new SoapDirectHandler(next, recorder, workers, operations, address, faults, xml, wsdl, limits.maxBodyBytes());
    }

    /**
     * Builds Metro's ports. With the streaming engine they are built when a call first needs them (a request
     * the streaming reader leaves to Metro), and only then: they are most of the start-up time, and building
     * them in the background while clients are calling loads some 1,400 classes, which makes the JIT throw away
     * and redo the compiled code of the calls being served (measured: 20-30% fewer calls a second, and the
     * slowest calls twice as slow, for ten seconds).
     */
    @Override
    public void init() throws ServletException {
        Supplier<MetroPorts> build = () -> new MetroPorts(getServletContext(), v -> new V200611Endpoint(v, operations, xml));
        ports = engine == SoapEngine.STREAMING
                ? Deferred.whenNeeded("cvent-mock-metro-init", build)
                : Deferred.of(build.get());
    }

    @Override
    public void destroy() {
        if (ports != null) {
            ports.cancel();
            ports.whenBuilt(MetroPorts::dispose);
        }
    }

    private MetroPorts metro() {
        return ports.get();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!EndpointAddress.isEndpointPath(request.getRequestURI())) {
            String message = "no such resource; the Cvent V200611 endpoint is " + EndpointAddress.PATH
                    + ", the XS2event API is under /v1, the admin API under /__admin";
            sendText(response, HttpServletResponse.SC_NOT_FOUND, "application/json",
                    "{\"status\": 404, \"error\": \"" + message + "\"}");
            return;
        }
        switch (request.getMethod()) {
            case "POST" -> post(request, response);
            case "GET", "HEAD" -> get(request, response);
            default -> {
                response.setHeader("Allow", ALLOW);
                refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, SoapVersion.SOAP_11,
                        request.getMethod() + " is not supported here; use POST for SOAP calls, GET for ?WSDL");
            }
        }
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpointUrl = address.endpointUrl(request);
        String query = request.getQueryString();
        if (WsdlDocument.isWsdlQuery(query)) {
            sendBytes(response, 200, WsdlDocument.CONTENT_TYPE, wsdl.render(endpointUrl));
            return;
        }
        String op = request.getParameter("op");
        if (op == null) {
            sendBytes(response, 200, "text/html; charset=utf-8", help.index(endpointUrl));
            return;
        }
        byte[] page = help.operation(op, endpointUrl, hostOf(endpointUrl));
        if (page == null) {
            sendText(response, 404, "text/plain; charset=utf-8",
                    "No operation named '" + op + "'. Emulated operations: " + SoapOperation.supportedList() + "\n");
        } else {
            sendBytes(response, 200, "text/html; charset=utf-8", page);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SoapVersion version = SoapVersion.ofContentType(request.getContentType());
        if (version == null) {
            CallContext.of(request).protocol("SOAP").operation("-").outcome("415 unsupported Content-Type " + request.getContentType());
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, SoapVersion.SOAP_11,
                    "unsupported Content-Type '" + request.getContentType() + "': send SOAP 1.1 as text/xml or "
                            + "SOAP 1.2 as application/soap+xml");
            return;
        }
        CallContext call = CallContext.of(request).protocol(version.label());
        byte[] body;
        try {
            body = BoundedBody.read(request, limits.maxBodyBytes());
        } catch (BodyTooLarge e) {
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST, e.getMessage());
            return;
        }
        call.requestBody(body);
        String mismatch = XmlCharset.mismatch(request.getCharacterEncoding(), body);
        if (mismatch != null) {
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST, mismatch);
            return;
        }
        RequestXml xmlBody = new RequestXml(body);
        SoapOperation operation = route(version, request, response, call, xmlBody);
        if (operation == null || injectFault(version, request, response, call, xmlBody)) {
            return;
        }
        if (engine == SoapEngine.STREAMING && streamed(version, operation, request, response, call, xmlBody)) {
            return;
        }
        try {
            EnvelopeProbe.scanToEnd(xml, xmlBody);
        } catch (EnvelopeProbe.NotSoapException e) {
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST, e.getMessage());
            return;
        }
        request.setAttribute(V200611Endpoint.BODY, body);
        CapturingResponse held = new CapturingResponse(response);
        metro().handle(version, new BufferedRequest(request, body), held);
        if (request.getAttribute(V200611Endpoint.FAULT) instanceof CventFaults.Fault fault) {
            // the operation ended with a Cvent fault: written here, by the one fault writer, as every other fault
            response.setStatus(500);
            response.setContentType(version.contentType());
            held.send(CventFaults.envelope(version, fault, address.endpointUrl(request)));
        } else {
            held.send(operation == SoapOperation.RETRIEVE ? IdFirst.rewrite(held.bytes()) : held.bytes());
        }
    }

    /** Serves the call without Metro; false when the request needs Metro (nothing was written then). */
    private boolean streamed(SoapVersion version, SoapOperation operation, HttpServletRequest request,
                             HttpServletResponse response, CallContext call, RequestXml body) throws IOException {
        StreamingRequest in;
        try {
            in = StreamingRequest.read(xml, body, version, operation);
        } catch (StreamingRequest.Unsupported e) {
            return false;
        } catch (CventException e) {
            fault(version, request, response, call, e);
            return true;
        }
        DirectCallHandler.Answer answer = StreamingCall.answer(operations, version, operation, in, call,
                address.endpointUrl(request), V200611Operations.guestErrorRule(request));
        send(response, answer);
        return true;
    }

    private void fault(SoapVersion version, HttpServletRequest request, HttpServletResponse response, CallContext call,
                       CventException e) throws IOException {
        fault(version, request, response, call, e.error(), e.detail());
    }

    /** Checks what the body and the SOAPAction ask for; answers with a fault and returns null when it is wrong. */
    private SoapOperation route(SoapVersion version, HttpServletRequest request, HttpServletResponse response,
                          CallContext call, RequestXml body) throws IOException {
        EnvelopeProbe.Result probe;
        try {
            probe = EnvelopeProbe.probe(xml, body);
        } catch (EnvelopeProbe.NotSoapException e) {
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST, e.getMessage());
            return null;
        }
        if (!version.envelopeNamespace().equals(probe.envelopeNamespace())) {
            String explanation = "the envelope namespace '" + probe.envelopeNamespace() + "' is not that of "
                    + version.label() + " (" + version.envelopeNamespace() + "), which the Content-Type asks for";
            call.outcome("fault VersionMismatch");
            sendBytes(response, 500, version.contentType(), CventFaults.versionMismatch(version, explanation));
            return null;
        }
        SoapOperation operation = SoapOperation.ofElement(probe.operationNamespace(), probe.operationName());
        if (operation == null) {
            String found = probe.operationName() == null ? "an empty Body"
                    : "{" + probe.operationNamespace() + "}" + probe.operationName();
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST,
                    "unknown operation: the Body holds " + found + "; supported operations (namespace "
                            + SoapOperation.API_NAMESPACE + "): " + SoapOperation.supportedList());
            return null;
        }
        call.operation(operation.wireName());
        String action = soapAction(version, request);
        if (!SoapOperation.actionAgrees(action, operation)) {
            SoapOperation named = SoapOperation.ofAction(action);
            fault(version, request, response, call, CventError.INVALID_SOAP_REQUEST, named == null
                    ? "the SOAPAction " + action + " matches no operation; supported operations: "
                            + SoapOperation.supportedList() + " (SOAPAction \"" + SoapOperation.API_NAMESPACE + "/<Operation>\")"
                    : "the SOAPAction names " + named.wireName() + " but the Body holds " + operation.wireName());
            return null;
        }
        return operation;
    }

    /**
     * Applies the first fault rule matching this call. Returns true when the rule has answered the call
     * itself; false when the call goes on (no rule, a delay, or a guestError left to the operation).
     */
    private boolean injectFault(SoapVersion version, HttpServletRequest request, HttpServletResponse response,
                                CallContext call, RequestXml body) throws IOException {
        if (faults.isEmpty()) {
            return false;
        }
        if (faults.needsBody()) {
            EnvelopeProbe.scanGuests(xml, body, call);
        }
        FaultInjector.Injection injection = FaultInjector.inject(faults, request, response, call,
                new SoapFaultRules(version, call, address.endpointUrl(request)));
        if (injection.goesOnWith() != null) {
            request.setAttribute(V200611Operations.GUEST_ERROR_RULE, injection.goesOnWith());
        }
        return injection.endsCall();
    }

    private void fault(SoapVersion version, HttpServletRequest request, HttpServletResponse response, CallContext call,
                       CventError error, String detail) throws IOException {
        send(response, CventFaults.answer(version, call, address.endpointUrl(request), error, detail));
    }

    /** An HTTP-level refusal with a Cvent fault as its body, so SOAP clients can still read what went wrong. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, SoapVersion version,
                        String detail) throws IOException {
        CventFaults.Fault fault = CventFaults.Fault.of(CventError.INVALID_SOAP_REQUEST, detail);
        sendBytes(response, status, version.contentType(), CventFaults.envelope(version, fault, address.endpointUrl(request)));
    }

    private static String soapAction(SoapVersion version, HttpServletRequest request) {
        return SoapOperation.actionOf(version, request.getHeader("SOAPAction"), request.getContentType());
    }

    private static String hostOf(String endpointUrl) {
        URI uri = URI.create(endpointUrl);
        return uri.getRawAuthority();
    }

    private static void send(HttpServletResponse response, DirectCallHandler.Answer answer) throws IOException {
        sendBytes(response, answer.status(), answer.contentType(), answer.body());
    }

    private static void sendText(HttpServletResponse response, int status, String contentType, String text) throws IOException {
        sendBytes(response, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
