package dev.cventmock.soap;

import org.eclipse.jetty.server.Request;

/**
 * The endpoint URL the emulator gives out (ServerURL, WSDL soap:address, faultactor, help pages): the
 * configured public base URL when there is one (behind Docker or a proxy), else the scheme, host and port
 * the client used to reach it.
 */
public final class EndpointAddress {
    public static final String PATH = "/soap/V200611.ASMX";

    private final String publicBaseUrl;

    /** @param publicBaseUrl e.g. {@code https://cvent.example.test:8443}; null to follow each request */
    public EndpointAddress(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : stripTrailingSlash(publicBaseUrl.strip());
    }

    /** The endpoint URL clients are told when the server runs behind a public URL, else null (each request's own). */
    public String publicEndpointUrl() {
        return publicBaseUrl == null ? null : publicBaseUrl + PATH;
    }

    /** The endpoint URL as the client that sent {@code request} reaches it, or the public one. */
    public String endpointUrl(Request request) {
        if (publicBaseUrl != null) {
            return publicBaseUrl + PATH;
        }
        return baseUrl(request.getHttpURI().getScheme(), Request.getServerName(request), Request.getServerPort(request)) + PATH;
    }

    private static String baseUrl(String scheme, String serverName, int port) {
        String host = serverName;
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** True when the path names the SOAP endpoint, in any letter case (IIS paths are case-insensitive). */
    public static boolean isEndpointPath(String path) {
        return PATH.equalsIgnoreCase(path);
    }

    private static String stripTrailingSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
