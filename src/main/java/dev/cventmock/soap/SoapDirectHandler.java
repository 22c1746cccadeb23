package dev.cventmock.soap;

import dev.cventmock.cvent.CventException;
import dev.cventmock.faults.FaultInjector;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.DirectCallHandler;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import java.util.concurrent.Executor;
import javax.xml.stream.XMLInputFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;

/**
 * Login, UpdateGuestInfo and Retrieve served by the streaming engine straight from Jetty's core API, and the WSDL. It takes
 * only the plain case — a POST to the endpoint with a SOAP media type and a body within the limit — and hands the call
 * to the servlet stack (the {@link SoapServlet}) as soon as anything is not plain: a charset disagreement, a routing
 * problem, a request the streaming reader leaves to Metro. The servlet then answers it exactly as it answers every
 * call; this class only ever answers with what the shared operations return. Fault rules are applied here too, once
 * the call is sure to be answered here (a rule fires once): the same decision as the servlet's, carried out without
 * holding a thread (a delay is a scheduled reply).
 * The body is parsed once: the streaming reader finds the operation itself (the servlet path routes first).
 */
final class SoapDirectHandler extends DirectCallHandler {
    private final FaultRules faults;
    private final V200611Operations operations;
    private final EndpointAddress address;
    private final XMLInputFactory xml;
    private final WsdlDocument wsdl;

    SoapDirectHandler(Handler servletStack, CallRecorder recorder, Executor workers, V200611Operations operations,
                      EndpointAddress address, FaultRules faults, XMLInputFactory xml, WsdlDocument wsdl, long maxBodyBytes) {
        super(servletStack, recorder, workers, maxBodyBytes);
        this.wsdl = wsdl;
        this.faults = faults;
        this.address = address;
        this.operations = operations;
        this.xml = xml;
    }

    @Override
    protected boolean takes(Request request) {
        return "POST".equals(request.getMethod())
                && EndpointAddress.isEndpointPath(request.getHttpURI().getPath())
                && SoapVersion.ofContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE)) != null;
    }

    /** {@code GET ?WSDL}: the first thing a client generator or the Login flow asks for. */
    @Override
    protected boolean answersWithoutBody(Request request) {
        return "GET".equals(request.getMethod())
                && WsdlDocument.isWsdlQuery(request.getHttpURI().getQuery())
                && EndpointAddress.isEndpointPath(request.getHttpURI().getPath());
    }

    @Override
    protected Answer answerWithoutBody(Request request) {
        return new Answer(200, WsdlDocument.CONTENT_TYPE, wsdl.render(address.endpointUrl(request)));
    }

    @Override
    protected Reply answer(Request request, byte[] body, CallContext call) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        SoapVersion version = SoapVersion.ofContentType(contentType);
        if (XmlCharset.mismatch(MimeTypes.getCharsetFromContentType(contentType), body) != null) {
            return null;
        }
        StreamingRequest in;
        try {
            in = StreamingRequest.read(xml, new RequestXml(body), version, null);
        } catch (StreamingRequest.Unsupported | CventException e) {
            return null; // the servlet stack answers these, with the same fault as always
        }
        SoapOperation operation = in.operation;
        String action = SoapOperation.actionOf(version, request.getHeaders().get("SOAPAction"), contentType);
        if (!SoapOperation.actionAgrees(action, operation)) {
            return null;
        }
        call.protocol(version.label()).operation(operation.wireName());
        String endpointUrl = address.endpointUrl(request);
        if (faults.isEmpty()) {
            return StreamingCall.answer(operations, version, operation, in, call, endpointUrl, null);
        }
        // from here on the call is answered here, so a rule fired now fires once
        if (faults.needsBody()) {
            EnvelopeProbe.scanGuests(xml, new RequestXml(body), call);
        }
        return FaultInjector.reply(FaultInjector.decide(faults, call, new SoapFaultRules(version, call, endpointUrl)),
                guestErrorRule -> StreamingCall.answer(operations, version, operation, in, call, endpointUrl, guestErrorRule));
    }
}
