package dev.cventmock.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.soap.FaultAssertions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import dev.cventmock.junit.MutableClock;
import dev.cventmock.soap.SoapEngine;
import dev.cventmock.testing.CanonicalXml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the request paths with Jazzer: the first input byte picks the target (SOAP 1.1, SOAP 1.2, the
 * XS2event PUT, the admin guest PUT), the rest is the body. Every answer must come within the time-out, be
 * well-formed (XML on the SOAP endpoint, JSON elsewhere), carry no internals, and be a 5xx only when it is a
 * SOAP fault; and each input goes to a server of each SOAP engine, whose SOAP answers must agree (status and canonical
 * XML: differential fuzzing of the streaming engine against Metro). Without JAZZER_FUZZ it replays the committed seed corpus (RequestFuzzTestInputs/fuzzRequests);
 * the build's "fuzz" execution sets JAZZER_FUZZ=1 and fuzzes for a bounded time.
 */
class RequestFuzzTest {
    private static final String[] PATHS = {"/soap/V200611.ASMX", "/soap/V200611.ASMX",
        "/v1/bookingorders/0123456789abcdef0123456789abcdef_bor/guestdata", "/__admin/cvent/events/E1/guests/G1"};
    private static final String[] TYPES = {"text/xml; charset=utf-8", "application/soap+xml; charset=utf-8",
        "application/json", "application/json"};
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static CventMockServer server;
    /** The reference engine: every input goes to both servers, in the same order, and SOAP answers must agree. */
    private static CventMockServer metro;

    @BeforeAll
    static void start() {
        server = server(SoapEngine.STREAMING);
        metro = server(SoapEngine.METRO);
    }

    private static CventMockServer server(SoapEngine engine) {
        CventMockServer s = CventMockServer.builder().soapEngine(engine).clock(MutableClock.at("2026-11-30T10:00:00Z"))
                .limits(new RequestLimits(256 * 1024, 100, 200, 65_536, 1_048_576)).build().start();
        s.sessions().create("TEST", "test", "fuzz-session");
        return s;
    }

    @AfterAll
    static void stop() {
        server.stop();
        metro.stop();
    }

    /** Like FaultAssertions.assertNoInternals, but text the client itself sent (and got echoed) is no leak. */
    private static void assertNoInternals(String response, String request) {
        for (String leak : FaultAssertions.INTERNALS) {
            assertFalse(response.contains(leak) && !request.contains(leak), "response leaks internals (" + leak + "): " + response);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzRequests(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        int target = (input[0] & 0xff) % PATHS.length;
        byte[] body = java.util.Arrays.copyOfRange(input, 1, input.length);
        HttpResponse<byte[]> response = send(server, target, body);
        HttpResponse<byte[]> reference = send(metro, target, body);
        String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertNoInternals(text, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        if (target < 2) {
            var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
            boolean fault = doc.getElementsByTagNameNS("*", "Fault").getLength() == 1;
            assertFalse(response.statusCode() >= 500 && !fault, "a 5xx that is not a SOAP fault: " + text);
            var metroDoc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(reference.body()));
            assertEquals(reference.statusCode(), response.statusCode(), "the engines disagree on the status:\n"
                    + new String(reference.body(), java.nio.charset.StandardCharsets.UTF_8) + "\n" + text);
            assertEquals(comparable(metroDoc), comparable(doc), "the engines disagree (Metro first)");
        } else if (response.statusCode() != 204) {
            assertTrue(new ObjectMapper().readTree(response.body()).isObject(), "a JSON answer: " + text);
            assertFalse(response.statusCode() >= 500, "a 5xx: " + text);
        }
    }

    /** The answer as both engines must give it: canonical XML, the servers' addresses and generated ids aside. */
    private static String comparable(org.w3c.dom.Document doc) {
        return CanonicalXml.of(doc.getDocumentElement()).replace(server.soapUrl(), "http://endpoint/soap/V200611.ASMX")
                .replace(metro.soapUrl(), "http://endpoint/soap/V200611.ASMX")
                .replaceAll("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", "<generated id>");
    }

    private static HttpResponse<byte[]> send(CventMockServer to, int target, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.baseUrl() + PATHS[target]))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", TYPES[target])
                .header("X-Api-Key", "test");
        request = target >= 2 ? request.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                : request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException hang) {
            throw new AssertionError("no answer within 10 s", hang);
        }
    }

}
