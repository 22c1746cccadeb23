package dev.cventmock.admin;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.TestEngine;
import dev.cventmock.testing.Xml;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** Each fault action as a real HTTP client sees it; matching, counts and removal. */
class FaultInjectionTest {
    static final String EVENT = "EVT-FAULTS";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(TestEngine::applyTo);

    AdminClient admin;
    SoapClient soap;
    String token;

    @BeforeEach
    void clients(CventMockServer server) {
        admin = new AdminClient(server.adminUrl());
        soap = new SoapClient(server.soapUrl());
        token = soap.login();
    }

    String addRule(String json) {
        AdminClient.Reply r = admin.post("/faults", json);
        assertEquals(201, r.status(), r.text());
        return r.json().get("id").asText();
    }

    SoapClient.Response update(String... guests) {
        return soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guests));
    }

    @Test
    void inProcessRulesAreMadeWithTheNamedFactories(CventMockServer server) {
        server.faults().add(new dev.cventmock.faults.FaultMatch("UpdateGuestInfo", null, "G-F", null),
                dev.cventmock.faults.FaultAction.guestError("CV40110", "ID is not valid"), 1);
        server.faults().add(new dev.cventmock.faults.FaultMatch("UpdateGuestInfo", null, null, null),
                dev.cventmock.faults.FaultAction.soapFault("cv10000", "UNKNOWN_EXCEPTION"), 1);

        SoapClient.Response first = update(guest("Id", "G-F"), guest("Id", "G-OK"));
        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().contains("CV40110") && first.body().contains("ID is not valid"), first.body());
        SoapClient.Response second = update(guest("Id", "G-OK"));
        assertEquals(500, second.status());
        assertTrue(second.body().contains("CV10000"), "the code is upper-cased: " + second.body());
        assertEquals(200, update(guest("Id", "G-OK")).status(), "both rules are spent");
        assertThrows(IllegalArgumentException.class, () -> dev.cventmock.faults.FaultAction.delay(Duration.ofMinutes(3)));
        assertThrows(IllegalArgumentException.class, () -> dev.cventmock.faults.FaultAction.httpStatus(42, ""));
    }

    @Test
    void soapFaultAnswersTheCallersCodeInCventFormatOnceThenExpires() {
        String id = addRule("""
                {"match": {"operation": "UpdateGuestInfo", "guestId": "G-TARGET"},
                 "action": {"type": "soapFault", "code": "CV10000", "string": "UNKNOWN_EXCEPTION"}, "times": 1}""");
        assertEquals(200, update(guest("Id", "G-OTHER")).status(), "a call without the guest does not match");
        SoapClient.Response faulted = update(guest("Id", "G-OTHER"), guest("Id", "g-target"));
        assertEquals(500, faulted.status());
        Xml xml = faulted.xml();
        assertEquals("q0:CV10000", xml.text("//soap:Fault/faultcode"));
        assertEquals("UNKNOWN_EXCEPTION", xml.text("//soap:Fault/faultstring"));
        assertTrue(xml.text("//s1:Exception-Detail").contains(id));
        assertEquals(null, cvent.server().guestStore().find(EVENT, "G-TARGET"), "a faulted call stores nothing");
        assertEquals(200, update(guest("Id", "G-TARGET")).status(), "times: 1 - the rule is spent");
        assertEquals(0, admin.get("/faults").json().get("faults").size());
    }

    @Test
    void guestErrorFailsOnlyTheMatchingGuests() {
        addRule("""
                {"match": {"messageId": "msg-2"},
                 "action": {"type": "guestError", "code": "CV40110", "description": "ID is not valid"}}""");
        SoapClient.Response r = update(guest("Id", "G1", "MessageId", "msg-1"), guest("Id", "G2", "MessageId", "msg-2"));
        assertEquals(200, r.status(), r.body());
        List<Element> results = r.xml().elements("//s1:UpdateGuestResult");
        assertEquals("true", results.get(0).getAttribute("Success"));
        assertEquals("false", results.get(1).getAttribute("Success"));
        assertEquals("CV40110", r.xml().text("//s1:UpdateGuestResult[@Id='G2']/s1:Errors/s1:Error/@Code"));
        assertEquals("ID is not valid", r.xml().text("//s1:UpdateGuestResult[@Id='G2']/s1:Errors/s1:Error/@Description"));
        assertTrue(cvent.server().guestStore().find(EVENT, "G1") != null);
        assertEquals(null, cvent.server().guestStore().find(EVENT, "G2"));
    }

    @Test
    void delayHoldsTheAnswerThenAnswersNormally() {
        addRule("{\"match\": {\"operation\": \"Login\"}, \"action\": {\"type\": \"delay\", \"ms\": 300}, \"times\": 1}");
        long t0 = System.nanoTime();
        soap.login();
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 300, "the answer came after the delay");
    }

    @Test
    void httpStatusAnswersThatStatusAndBody() {
        addRule("{\"match\": {\"eventId\": \"EVT-FAULTS\"}, \"action\": {\"type\": \"httpStatus\", \"status\": 503, \"body\": \"Service Unavailable\"}}");
        SoapClient.Response r = update(guest("Id", "G1"));
        assertEquals(503, r.status());
        assertEquals("Service Unavailable", r.body());
        assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, "OTHER-EVENT", guest("Id", "G1"))).status());
    }

    @Test
    void dropConnectionSurfacesAsAnIoErrorOnTheClient() {
        addRule("{\"match\": {\"operation\": \"UpdateGuestInfo\"}, \"action\": {\"type\": \"dropConnection\"}, \"times\": 1}");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(cvent.soapUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Envelopes.update11(token, EVENT, guest("Id", "G1")))).build();
        assertThrows(IOException.class, () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(200, update(guest("Id", "G1")).status(), "the server keeps serving");

        JsonNode calls = admin.get("/requests?operation=UpdateGuestInfo&outcome=http-error").json().get("requests");
        assertEquals(1, calls.size(), calls.toString());
        JsonNode dropped = calls.get(0);
        assertEquals(0, dropped.get("response").get("status").asInt(), "no response was sent: " + dropped);
        assertTrue(dropped.get("result").asText().startsWith("connection dropped"), dropped.toString());
    }

    @Test
    void malformedResponseIsATruncatedEnvelope() {
        addRule("{\"action\": {\"type\": \"malformedResponse\"}, \"times\": 1}");
        SoapClient.Response r = update(guest("Id", "G1"));
        assertEquals(200, r.status());
        assertTrue(r.body().startsWith("<?xml") && r.body().contains("UpdateGuestInfoResponse"), r.body());
        assertThrows(AssertionError.class, r::xml, "not well-formed");
    }

    @Test
    void rulesAreListedReadAndRemoved() {
        String a = addRule("{\"action\": {\"type\": \"delay\", \"ms\": 1}, \"times\": 5}");
        String b = addRule("{\"match\": {\"operation\": \"Login\"}, \"action\": {\"type\": \"httpStatus\", \"status\": 502}}");
        JsonNode list = admin.get("/faults").json().get("faults");
        assertEquals(2, list.size());
        assertEquals(5, list.get(0).get("remaining").asInt());
        assertEquals("Login", admin.get("/faults/" + b).json().get("match").get("operation").asText());
        assertEquals(204, admin.delete("/faults/" + b).status());
        assertEquals(404, admin.delete("/faults/" + b).status());
        assertEquals(204, admin.delete("/faults").status());
        assertEquals(404, admin.get("/faults/" + a).status());
    }

    @Test
    void badRulesAre400NamingTheProblem() {
        assertEquals(400, admin.post("/faults", "{\"action\": {\"type\": \"explode\"}}").status());
        assertTrue(admin.post("/faults", "{\"action\": {\"type\": \"soapFault\", \"code\": \"CV1\"}}").text().contains("action.string"));
        assertTrue(admin.post("/faults", "{\"action\": {\"type\": \"delay\"}}").text().contains("action.ms"));
        assertTrue(admin.post("/faults", "{\"action\": {\"type\": \"httpStatus\", \"status\": 42}}").text().contains("action.status"));
        assertTrue(admin.post("/faults", "{\"match\": {\"colour\": 1}, \"action\": {\"type\": \"delay\", \"ms\": 1}}").text().contains("colour"));
        assertTrue(admin.post("/faults", "{\"action\": {\"type\": \"delay\", \"ms\": 1}, \"times\": 0}").text().contains("times"));
        assertTrue(admin.post("/faults", "{}").text().contains("action is required"));
        assertEquals(0, admin.get("/faults").json().get("faults").size());
    }
}
