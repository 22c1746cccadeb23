package dev.cventmock.soap;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.faults.FaultAction;
import dev.cventmock.faults.FaultMatch;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plain SOAP calls are served straight from Jetty's core API; everything else reaches the servlet stack
 * with its body intact. Whichever way a call goes, the client sees the same behaviour and the journal has it.
 */
class DirectCallsTest {
    static CventMockServer server;
    static SoapClient soap;
    static AdminClient admin;
    String token;

    @BeforeAll
    static void start() {
        server = CventMockServer.builder().idleTimeout(Duration.ofSeconds(1)).build().start();
        soap = new SoapClient(server.soapUrl());
        admin = new AdminClient(server.adminUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void login() {
        server.reset();
        token = soap.login();
    }

    @Test
    void aChunkedCallWithoutALengthIsServedAndJournaledLikeAnyOther() throws Exception {
        byte[] body = Envelopes.update11(token, "EVT-CHUNKED", guest("Id", "G1", "FirstName", "Chunk")).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.soapUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + SoapClient.ACTION_PREFIX + "UpdateGuestInfo\"")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))) // no length: chunked
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Chunk", server.guestStore().find("EVT-CHUNKED", "G1").get(GuestField.FIRST_NAME));
        JsonNode latest = admin.get("/requests?limit=1").json().get("requests").get(0);
        assertEquals("UpdateGuestInfo", latest.get("operation").asText());
        assertTrue(latest.get("request").get("body").asText().contains("EVT-CHUNKED"));
    }

    /**
     * Fault rules are applied on the direct path too, and a delay there holds no thread: forty calls all fire a
     * 5-second delay at once on a server of 16 threads (the servlet stack would hold a thread for each, so at most a
     * few could), and meanwhile a Login and the admin API are answered.
     */
    @Test
    void aDelayRuleHoldsNoThreadWhileItsCallsWait() throws Exception {
        try (CventMockServer small = CventMockServer.builder().maxThreads(16).build().start()) {
            SoapClient client = new SoapClient(small.soapUrl());
            AdminClient smallAdmin = new AdminClient(small.adminUrl());
            String session = client.login();
            String rule = smallAdmin.post("/faults", "{\"match\": {\"operation\": \"UpdateGuestInfo\"}, "
                    + "\"action\": {\"type\": \"delay\", \"ms\": 5000}, \"times\": 40}").json().get("id").asText();
            HttpClient http = HttpClient.newHttpClient();
            java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> delayed = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                delayed.add(http.sendAsync(HttpRequest.newBuilder(URI.create(small.soapUrl())).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"" + SoapClient.ACTION_PREFIX + "UpdateGuestInfo\"")
                        .POST(HttpRequest.BodyPublishers.ofString(Envelopes.update11(session, "EVT-DELAY", guest("Id", "G" + i))))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (smallAdmin.get("/faults/" + rule).status() != 404) { // a rule is gone once used up
                assertTrue(System.nanoTime() < deadline, "all forty calls fire their delay at once");
                Thread.sleep(20);
            }
            assertTrue(client.login().length() > 0, "a Login is answered while they wait");
            assertTrue(delayed.stream().noneMatch(java.util.concurrent.CompletableFuture::isDone), "still waiting");
            for (var f : delayed) {
                assertEquals(200, f.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
            assertEquals(40, small.guestStore().guestCount("EVT-DELAY"));
        }
    }

    @Test
    void aCallOnlyMetroCanServeReachesItWithTheWholeBody() {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
                + "<Trace xmlns=\"urn:example\" soap:mustUnderstand=\"1\">x</Trace>"
                + "<CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\"><CventSessionValue>" + token + "</CventSessionValue></CventSessionHeader>"
                + "</soap:Header><soap:Body><UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\"><EventId>EVT-MU</EventId>"
                + "<Guests>" + guest("Id", "G1") + "</Guests></UpdateGuestInfo></soap:Body></soap:Envelope>";

        SoapClient.Response response = soap.post11("UpdateGuestInfo", envelope);

        assertEquals(500, response.status());
        assertTrue(response.body().contains("MustUnderstand"), response.body());
        assertEquals(null, server.guestStore().find("EVT-MU", "G1"), "a header nobody understood stops the call");
    }

    @Test
    void aBodyInAnotherEncodingIsReadInThatEncoding() throws Exception {
        String envelope = Envelopes.update11(token, "EVT-LATIN1", guest("Id", "G1", "LastName", "Müller-Lüdenscheidt"))
                .replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"");
        assertTrue(envelope.contains("ISO-8859-1"), envelope);

        HttpResponse<String> response = postBytes("text/xml; charset=ISO-8859-1", "UpdateGuestInfo",
                envelope.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Müller-Lüdenscheidt", server.guestStore().find("EVT-LATIN1", "G1").get(GuestField.LAST_NAME));
    }

    @Test
    void aBodyThatStallsIsCutOffWithAFaultAndLogged() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /soap/V200611.ASMX HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 5000\r\n\r\n<soap:")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 408") || answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("faultstring"), "a SOAP client can still read what went wrong: " + answer);
        }
        JsonNode latest = admin.get("/requests?limit=1").json().get("requests").get(0);
        assertEquals("POST", latest.get("method").asText());
        assertTrue(latest.get("response").get("status").asInt() >= 400, latest.toString());
    }

    @Test
    void bytesThatAreNotUtf8AreAFault() throws Exception {
        byte[] body = Envelopes.update11(token, "EVT-BAD", guest("Id", "G1", "LastName", "Xé")).getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = postBytes("text/xml; charset=utf-8", "UpdateGuestInfo", body);

        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("INVALID_SOAP_REQUEST") && response.body().contains("UTF-8"), response.body());
        assertEquals(null, server.guestStore().find("EVT-BAD", "G1"));
    }

    @Test
    void aDirectCallIsInTheJournalWithEverythingTheClientSent() {
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-J", guest("Id", "G9")));

        JsonNode latest = admin.get("/requests?limit=1").json().get("requests").get(0);
        assertEquals("SOAP 1.1", latest.get("protocol").asText());
        assertEquals("/soap/V200611.ASMX", latest.get("path").asText());
        assertTrue(latest.get("request").get("headers").toString().contains("SOAPAction"), latest.toString());
        assertTrue(latest.get("response").get("body").asText().contains("UpdateGuestInfoResponse"));
        assertEquals("[\"G9\"]", latest.get("guestIds").toString());
    }

    @Test
    void theWsdlIsTheSameAndJournaledTheSameWhicheverWayItIsServed() throws Exception {
        HttpResponse<String> direct = get(server.soapUrl() + "?wsdl");
        JsonNode directEntry = admin.get("/requests?limit=1").json().get("requests").get(0);
        // any fault rule sends every call through the servlet stack, where the rules are applied
        server.faults().add(new FaultMatch("CreateGuest", null, null, null),
                FaultAction.delay(java.time.Duration.ofMillis(1)), null);
        HttpResponse<String> servlet = get(server.soapUrl() + "?wsdl");
        JsonNode servletEntry = admin.get("/requests?limit=1").json().get("requests").get(0);

        assertEquals(200, direct.statusCode());
        assertEquals(servlet.body(), direct.body());
        assertTrue(direct.body().contains("location=\"" + server.soapUrl() + "\""), direct.body());
        assertEquals(servlet.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""),
                direct.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        for (String field : new String[] {"method", "path", "protocol", "operation"}) {
            assertEquals(servletEntry.get(field), directEntry.get(field), field);
        }
        assertEquals(servletEntry.get("response").get("status"), directEntry.get("response").get("status"));
        assertEquals("GET /soap/V200611.ASMX", directEntry.get("operation").asText());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postBytes(String contentType, String operation, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.soapUrl()))
                .header("Content-Type", contentType)
                .header("SOAPAction", "\"" + SoapClient.ACTION_PREFIX + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
