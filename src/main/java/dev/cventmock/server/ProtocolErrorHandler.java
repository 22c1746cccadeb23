package dev.cventmock.server;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.soap.CventFaults;
import dev.cventmock.soap.EndpointAddress;
import dev.cventmock.soap.SoapVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Jetty answers itself (a malformed request line, headers too large, an unreadable request): on the
 * SOAP endpoint a SOAP fault of the request's version, elsewhere a JSON error, never an HTML page or a stack
 * trace. Errors found before there is a request at all get the JSON form.
 */
final class ProtocolErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger("cvent-mock.calls");

    ProtocolErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String text = "HTTP " + code + (message == null || message.isBlank() ? "" : ": " + message);
        LOG.info("HTTP {} {} -> refused: {}", request.getMethod(), request.getHttpURI().getPath(), text);
        byte[] body;
        String type;
        if (EndpointAddress.isEndpointPath(request.getHttpURI().getPath())) {
            SoapVersion version = SoapVersion.ofContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
            version = version == null ? SoapVersion.SOAP_11 : version;
            body = CventFaults.envelope(version, CventFaults.Fault.of(CventError.INVALID_SOAP_REQUEST, text), EndpointAddress.PATH);
            type = version.contentType();
        } else {
            body = json(code, text);
            type = "application/json";
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        LOG.info("HTTP request refused before it could be read: {} {}", status, reason);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(json(status, "HTTP " + status + (reason == null ? "" : ": " + reason)));
    }

    private static byte[] json(int status, String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
        return ("{\"status\": " + status + ", \"error\": \"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
