package dev.cventmock.admin;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.journal.JournalEntry;
import dev.cventmock.journal.RequestJournal;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalTest {
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create();

    @Test
    void everyCallIsRecordedNewestFirstWithRequestAndResponse(CventMockServer server) {
        SoapClient soap = new SoapClient(server.soapUrl());
        AdminClient admin = new AdminClient(server.adminUrl());
        String token = soap.login();
        soap.post12("UpdateGuestInfo", Envelopes.update12(token, "E1", guest("Id", "G1", "MessageId", "m1"), guest("Id", "G2")));
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E2", guest("Id", "G3")));
        soap.get("/soap/V200611.ASMX?WSDL");
        admin.get("/health");

        JsonNode all = admin.get("/requests").json().get("requests");
        assertEquals(4, all.size(), "admin calls are not journaled: " + all);
        JsonNode wsdl = all.get(0);
        assertEquals("GET", wsdl.get("method").asText());
        assertEquals("/soap/V200611.ASMX?WSDL", wsdl.get("path").asText());
        JsonNode update12 = all.get(2);
        assertEquals("SOAP 1.2", update12.get("protocol").asText());
        assertEquals("UpdateGuestInfo", update12.get("operation").asText());
        assertEquals("E1", update12.get("eventId").asText());
        assertEquals("[\"G1\",\"G2\"]", update12.get("guestIds").toString());
        assertEquals("127.0.0.1", update12.get("clientAddress").asText());
        assertTrue(update12.get("request").get("body").asText().contains("<EventId>E1</EventId>"));
        assertTrue(update12.get("request").get("headers").toString().contains("application/soap+xml"));
        assertEquals(200, update12.get("response").get("status").asInt());
        assertTrue(update12.get("response").get("body").asText().contains("ReferenceId=\"m1\""));
        assertTrue(update12.get("durationMs").asLong() >= 0);
        assertTrue(Instant.parse(update12.get("time").asText()).isBefore(Instant.now().plusSeconds(1)));
        assertEquals("SOAP 1.1", all.get(3).get("protocol").asText());
        assertEquals("Login", all.get(3).get("operation").asText());
    }

    @Test
    void filtersAndCounts(CventMockServer server) {
        SoapClient soap = new SoapClient(server.soapUrl());
        AdminClient admin = new AdminClient(server.adminUrl());
        String token = soap.login();
        Instant between = Instant.now();
        for (int i = 0; i < 3; i++) {
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E1", guest("Id", "G" + i), guest("Id", "SHARED")));
        }
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E2", guest("Id", "g0")));

        assertEquals(4, admin.get("/requests?operation=UpdateGuestInfo").json().get("requests").size());
        assertEquals(1, admin.get("/requests?operation=login").json().get("requests").size());
        assertEquals(2, admin.get("/requests?limit=2").json().get("requests").size());
        assertEquals(4, admin.get("/requests?since=" + between).json().get("requests").size());
        assertEquals(400, admin.get("/requests?since=noon").status());
        assertEquals(400, admin.get("/requests?limit=-1").status());

        assertEquals(4, count(admin, "{\"operation\": \"UpdateGuestInfo\"}"));
        assertEquals(3, count(admin, "{\"eventId\": \"E1\"}"));
        assertEquals(3, count(admin, "{\"guestId\": \"shared\"}"));
        assertEquals(2, count(admin, "{\"guestId\": \"G0\"}"));
        assertEquals(1, count(admin, "{\"eventId\": \"E2\", \"guestId\": \"G0\"}"));
        assertEquals(400, admin.post("/requests/count", "{oops").status());

        assertEquals(204, admin.delete("/requests").status());
        assertEquals(0, admin.get("/requests").json().get("requests").size());
    }

    private static int count(AdminClient admin, String filter) {
        AdminClient.Reply r = admin.post("/requests/count", filter);
        assertEquals(200, r.status(), r.text());
        return r.json().get("count").asInt();
    }

    @Test
    void theJournalIsBoundedByEntriesAndBytesAndTruncatesLongBodies() {
        RequestJournal journal = new RequestJournal(true, 3, 10_000, 1_000);
        for (int i = 0; i < 5; i++) {
            journal.add(entry(i, "x".repeat(10)));
        }
        assertEquals(3, journal.size());
        assertEquals(List.of(4L, 3L, 2L), journal.find(null, null, 0).stream().map(JournalEntry::id).toList());

        journal = new RequestJournal(true, 10, 10_000, 100_000);
        for (int i = 0; i < 3; i++) {
            journal.add(entry(i, "y".repeat(2_000))); // about 4.3 kB each: request and response body
        }
        assertTrue(journal.bytesHeld() <= 10_000, "bytes held " + journal.bytesHeld());
        assertEquals(2, journal.size(), "the oldest was evicted to stay under the byte bound");
    }

    @Test
    void aBodyOverThePerEntryCapIsKeptTruncatedWithAMarker(CventMockServer server) {
        String[] many = new String[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = guest("Id", "G" + i, "Address1", "x".repeat(6_000));
        }
        SoapClient soap = new SoapClient(server.soapUrl());
        soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), "E1", many));
        JournalEntry big = server.journal().find("UpdateGuestInfo", null, 1).get(0);
        assertTrue(big.requestBody().length() < 1_100_000, "kept " + big.requestBody().length());
        assertTrue(big.requestBody().endsWith("bytes in all]"), big.requestBody().substring(big.requestBody().length() - 60));
        assertTrue(big.requestBody().length() > 1_000_000, "kept up to the cap");
    }

    @Test
    void aSwitchedOffJournalRecordsNothing() {
        try (CventMockServer server = CventMockServer.builder().journal(false, 10, 1_000_000).build().start()) {
            new SoapClient(server.soapUrl()).login();
            assertEquals(0, server.journal().size());
            JsonNode reply = new AdminClient(server.adminUrl()).get("/requests").json();
            assertEquals(false, reply.get("enabled").asBoolean());
        }
    }

    private static JournalEntry entry(long id, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return JournalEntry.of(id, Instant.now(), "127.0.0.1", "POST", "/soap/V200611.ASMX", "SOAP 1.1", "Login", null,
                List.of(), Map.of(), bytes, 200, bytes, 1);
    }
}
