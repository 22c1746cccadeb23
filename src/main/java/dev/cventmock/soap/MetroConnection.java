package dev.cventmock.soap;

import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.server.WSEndpoint;
import com.sun.xml.ws.api.server.WebServiceContextDelegate;
import com.sun.xml.ws.transport.http.WSHTTPConnection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One call as Metro's HTTP adapter sees it, without a servlet: the request already read and checked by the SOAP
 * front (its body, its headers), the answer kept in memory for the front to write. Metro asks it for what its
 * servlet transport would give; the emulator has no users, roles or cookies.
 */
final class MetroConnection extends WSHTTPConnection implements WebServiceContextDelegate {
    private static final PropertyMap MODEL = parse(MetroConnection.class);

    private final Map<String, List<String>> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;
    private final String endpointUrl;
    private final boolean secure;
    private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private int status; // 0 until Metro sets one: it then sets 500 for a fault, 200 otherwise
    private String contentType;
    private boolean closed;

    /** @param headers the request's headers, a name each (the front passes Content-Type and SOAPAction) */
    MetroConnection(Map<String, String> headers, byte[] body, String endpointUrl) {
        headers.forEach((name, value) -> {
            if (value != null) {
                requestHeaders.put(name, List.of(value));
            }
        });
        this.body = body;
        this.endpointUrl = endpointUrl;
        this.secure = endpointUrl.startsWith("https:");
    }

    /** What Metro answered: its status, media type and bytes. */
    int status() {
        return status == 0 ? 200 : status;
    }

    String contentType() {
        return contentType;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    @Override
    protected PropertyMap getPropertyMap() {
        return MODEL;
    }

    @Override
    public void setResponseHeaders(Map<String, List<String>> headers) {
        responseHeaders.clear();
        if (headers != null) {
            headers.forEach((k, v) -> responseHeaders.put(k, new ArrayList<>(v)));
        }
    }

    @Override
    public void setResponseHeader(String name, List<String> values) {
        responseHeaders.put(name, new ArrayList<>(values));
    }

    @Override
    public void setContentTypeResponseHeader(String value) {
        this.contentType = value;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public InputStream getInput() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public OutputStream getOutput() {
        return out;
    }

    @Override
    public WebServiceContextDelegate getWebServiceContextDelegate() {
        return this;
    }

    @Override
    public String getRequestMethod() {
        return "POST";
    }

    @Override
    public Map<String, List<String>> getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Set<String> getRequestHeaderNames() {
        return requestHeaders.keySet();
    }

    @Override
    public Map<String, List<String>> getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public String getRequestHeader(String name) {
        List<String> values = requestHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> getRequestHeaderValues(String name) {
        return requestHeaders.get(name);
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getPathInfo() {
        return null;
    }

    @Override
    public String getRequestURI() {
        return EndpointAddress.PATH;
    }

    @Override
    public String getRequestScheme() {
        return secure ? "https" : "http";
    }

    @Override
    public String getServerName() {
        return java.net.URI.create(endpointUrl).getHost();
    }

    @Override
    public int getServerPort() {
        int port = java.net.URI.create(endpointUrl).getPort();
        return port >= 0 ? port : secure ? 443 : 80;
    }

    @Override
    public String getBaseAddress() {
        return endpointUrl.substring(0, endpointUrl.length() - EndpointAddress.PATH.length());
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String getProtocol() {
        return "HTTP/1.1";
    }

    // --- WebServiceContextDelegate: no users, no roles; the endpoint's address is the one clients are told ---

    @Override
    public Principal getUserPrincipal(Packet request) {
        return null;
    }

    @Override
    public boolean isUserInRole(Packet request, String role) {
        return false;
    }

    @Override
    public String getEPRAddress(Packet request, WSEndpoint endpoint) {
        return endpointUrl;
    }

    @Override
    public String getWSDLAddress(Packet request, WSEndpoint endpoint) {
        return endpointUrl + "?WSDL";
    }
}
