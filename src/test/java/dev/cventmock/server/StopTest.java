package dev.cventmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps its connection alive (Java's HttpClient does) no longer holds up stop(): Jetty waits for idle
 * connections to close for its shutdown idle timeout, a second by default, which every test class paid.
 */
class StopTest {
    @Test
    void stopDoesNotWaitOutAnIdleKeptAliveConnection() throws Exception {
        CventMockServer server = CventMockServer.builder().build().start();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.adminUrl() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());

        long t0 = System.nanoTime();
        server.stop();
        long millis = (System.nanoTime() - t0) / 1_000_000;

        // not a speed measurement: anything under Jetty's one-second default shows the idle connection was not waited for
        assertTrue(millis < 900, "stop took " + millis + " ms");
        assertTrue(!server.isRunning());
    }
}
