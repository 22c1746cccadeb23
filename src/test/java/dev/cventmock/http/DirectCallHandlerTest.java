package dev.cventmock.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallLog;
import dev.cventmock.journal.CallRecorder;
import dev.cventmock.journal.RequestJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the direct handler takes are answered on the workers; one that fails there still gets an answer. */
class DirectCallHandlerTest {
    private final Set<String> answeredOn = ConcurrentHashMap.newKeySet();
    private final Set<String> laterOn = ConcurrentHashMap.newKeySet();
    private final CallLog log = new CallLog();
    private Server server;
    private URI base;

    /** Echoes the body, upper-cased; "boom" throws, as a bug would; "later" answers after 2 s, "drop" drops the connection. */
    private final class Echo extends DirectCallHandler {
        Echo(Handler next, CallWorkers workers) {
            super(next, new CallRecorder(new RequestJournal(true, 100, 1 << 20, 1 << 16), new dev.cventmock.journal.CallCounters(), log,
                    Clock.systemUTC()),
                    workers, 1 << 20);
        }

        @Override
        protected boolean takes(Request request) {
            return "POST".equals(request.getMethod());
        }

        @Override
        protected Reply answer(Request request, byte[] body, CallContext call) {
            answeredOn.add(Thread.currentThread().getName());
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.equals("boom")) {
                throw new IllegalStateException("a bug in an answer");
            }
            if (text.equals("later")) {
                return new Later(2_000, () -> {
                    laterOn.add(Thread.currentThread().getName());
                    return new Answer(200, "text/plain", "LATE".getBytes(StandardCharsets.UTF_8));
                });
            }
            if (text.equals("drop")) {
                call.operation("drop");
                return Dropped.CONNECTION;
            }
            call.operation("echo").outcome("ok");
            return new Answer(200, "text/plain", text.toUpperCase().getBytes(StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        server = new Server(threads);
        CallWorkers workers = new CallWorkers("echo-worker", 1); // one: a reply that held it would hold every call
        server.addBean(workers);
        ServerConnector connector = new ServerConnector(server, workers.forConnector(threads), null, null, 1, 1, new HttpConnectionFactory());
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        Handler next = new Handler.Abstract() { // what the direct handler hands on: 404, with the body's length said
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                int length = Content.Source.asByteBuffer(request).remaining();
                response.setStatus(404);
                response.write(true, java.nio.ByteBuffer.wrap(("next handler read " + length).getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
        server.setHandler(new Echo(next, workers));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        log.close();
    }

    private HttpResponse<String> post(HttpClient client, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void manyCallsOnOneConnectionAreAllAnsweredOnTheWorkers() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> r = post(client, "call " + i);
            assertEquals(200, r.statusCode());
            assertEquals("CALL " + i, r.body());
        }
        assertTrue(answeredOn.stream().allMatch(name -> name.startsWith("echo-worker-")), answeredOn.toString());
    }

    @Test
    void anAnswerThatThrowsOnAWorkerGetsA500AndTheConnectionGoesOn() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertEquals(500, post(client, "boom").statusCode());
        HttpResponse<String> next = post(client, "still here");
        assertEquals(200, next.statusCode());
        assertEquals("STILL HERE", next.body());
    }

    /** A delayed reply (a latency rule's) holds no thread: the one worker answers other calls meanwhile. */
    @Test
    void aDelayedReplyHoldsNoWorkerWhileItWaits() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        java.util.concurrent.CompletableFuture<HttpResponse<String>> late = client.sendAsync(HttpRequest.newBuilder(base)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("later")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 20; i++) {
            assertEquals("NOW " + i, post(client, "now " + i).body());
        }
        assertTrue(!late.isDone(), "twenty calls answered by the one worker while the delayed one waits");
        HttpResponse<String> r = late.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("LATE", r.body());
        assertTrue(laterOn.stream().allMatch(name -> name.startsWith("echo-worker-")) && !laterOn.isEmpty(), laterOn.toString());
    }

    /** A dropped connection (a fault rule's) is an I/O error on the client, recorded like any call. */
    @Test
    void aDroppedCallClosesTheConnectionWithoutAnAnswer() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> post(client, "drop"));
        assertEquals("still here".toUpperCase(), post(client, "still here").body(), "a new connection is served");
    }

    /** A body without a declared length (chunked), as streaming clients send it. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedBodyIsAnsweredOnTheWorkersToo() throws Exception {
        String body = "chunked ".repeat(5_000); // 40 KB, several chunks
        HttpResponse<String> r = postChunked(body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(body.toUpperCase(), r.body());
        assertTrue(answeredOn.stream().allMatch(name -> name.startsWith("echo-worker-")) && !answeredOn.isEmpty(), answeredOn.toString());
    }

    @Test
    void aChunkedBodyPastTheLimitGoesOnWholeToTheNextHandler() throws Exception {
        String body = "x".repeat((1 << 20) + 5_000);
        HttpResponse<String> r = postChunked(body);
        assertEquals(404, r.statusCode());
        assertEquals("next handler read " + body.length(), r.body(), "what was read is replayed before the rest");
        assertTrue(answeredOn.isEmpty(), answeredOn.toString());
    }
}
