package dev.cventmock.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw SOAP over HTTP, as a client generated from the WSDL would send it, with no SOAP library in between. */
public final class SoapClient {
    public static final String ACTION_PREFIX = "http://api.cvent.com/2006-11/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("CventSessionHeader=\"([^\"]+)\"");

    private final String url;

    public SoapClient(String url) {
        this.url = url;
    }

    public record Response(int status, String contentType, String body) {
        public Xml xml() {
            return Xml.parse(body);
        }
    }

    /** SOAP 1.1: text/xml with SOAPAction "http://api.cvent.com/2006-11/{operation}" (null: no header). */
    public Response post11(String operation, String envelope) {
        HttpRequest.Builder b = request("text/xml; charset=utf-8", envelope);
        if (operation != null) {
            b.header("SOAPAction", "\"" + ACTION_PREFIX + operation + "\"");
        }
        return send(b);
    }

    /** SOAP 1.2: application/soap+xml, with the action as media-type parameter when given. */
    public Response post12(String operation, String envelope) {
        String type = "application/soap+xml; charset=utf-8" + (operation == null ? "" : "; action=\"" + ACTION_PREFIX + operation + "\"");
        return send(request(type, envelope));
    }

    public Response post(String contentType, String soapAction, String body) {
        HttpRequest.Builder b = request(contentType, body);
        if (soapAction != null) {
            b.header("SOAPAction", soapAction);
        }
        return send(b);
    }

    public Response get(String pathAndQuery) {
        URI base = URI.create(url);
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET());
    }

    /** Logs in over SOAP 1.1 and returns the session token. */
    public String login(String account, String user, String password) {
        Response r = post11("Login", Envelopes.login11(account, user, password));
        Matcher m = TOKEN.matcher(r.body());
        if (r.status() != 200 || !m.find()) {
            throw new AssertionError("Login failed: " + r.status() + " " + r.body());
        }
        return m.group(1);
    }

    public String login() {
        return login("TEST", "test", "test");
    }

    private HttpRequest.Builder request(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
