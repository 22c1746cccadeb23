package dev.cventmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON calls (the admin API, the XS2event API), answering status and parsed body. */
public final class AdminClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final java.util.Map<String, String> headers;

    public AdminClient(String baseUrl) {
        this(baseUrl, java.util.Map.of());
    }

    /** A client that sends these headers with every request (e.g. X-Api-Key). */
    public AdminClient(String baseUrl, java.util.Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    public record Reply(int status, String contentType, JsonNode json, String text) {
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply post(String path, String body) {
        return send("POST", path, body);
    }

    public Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    public Reply send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json, r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
