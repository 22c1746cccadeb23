package dev.cventmock.admin;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the admin API gives the console: calls by outcome, event, guest and protocol, as summaries or one in full with
 * both sides' headers; counters per operation and per second; the settings in effect (secrets as set or not); guests
 * searched and sorted; the Guest attributes a guest may have.
 */
class ConsoleApiTest {
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create();

    @Test
    void callsAreSortedByOutcomeAndFilteredByEventGuestAndProtocol(CventMockServer server) {
        SoapClient soap = new SoapClient(server.soapUrl());
        AdminClient admin = new AdminClient(server.adminUrl());
        String token = soap.login();
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E1", guest("Id", "G1", "FirstName", "A", "LastName", "B")));
        soap.post12("UpdateGuestInfo", Envelopes.update12(token, "E2", guest("Id", "G2", "FirstName", "A", "LastName", "B"),
                guest("FirstName", "No", "LastName", "Id", "Email", "not an address")));
        soap.post11("UpdateGuestInfo", Envelopes.update11("bogus", "E1", guest("Id", "G3")));
        soap.post11("Login", Envelopes.login11("TEST", "test", "wrong"));
        new AdminClient(server.baseUrl(), Map.of("X-Api-Key", "test")).get("/v1/bookingorders/NONE_bor");

        assertEquals(List.of("http-error", "denied", "fault", "guest-error", "ok", "ok"), field(admin, "", "outcome"));
        assertEquals(List.of("Login"), field(admin, "outcome=denied", "operation"));
        assertEquals(List.of("fault"), field(admin, "outcome=fault", "outcome"));
        assertEquals(List.of("http-error"), field(admin, "protocol=rest", "outcome"));
        assertEquals(List.of("SOAP 1.2"), field(admin, "protocol=SOAP%201.2", "protocol"));
        assertEquals(5, field(admin, "protocol=SOAP", "protocol").size());
        assertEquals(2, field(admin, "eventId=e1", "id").size());
        assertEquals(List.of("E2"), field(admin, "guestId=g2", "eventId"));
        assertEquals(400, admin.get("/requests?outcome=bad").status());
        assertEquals(400, admin.get("/requests?bodies=maybe").status());

        // a guest error: the call answered 200, one of its guests failed
        JsonNode mixed = admin.get("/requests?outcome=guest-error").json().get("requests").get(0);
        assertEquals(200, mixed.get("response").get("status").asInt());
        assertEquals("ok 1/2 applied", mixed.get("result").asText());
        assertEquals("E2", mixed.get("eventId").asText());

        // summaries leave bodies and headers out; one call in full has both sides' headers
        JsonNode summary = admin.get("/requests?bodies=false&eventId=E1&outcome=ok").json().get("requests").get(0);
        assertFalse(summary.get("request").has("body"));
        assertFalse(summary.get("request").has("headers"));
        assertTrue(summary.get("request").get("bodyBytes").asInt() > 100);
        long id = summary.get("id").asLong();
        JsonNode full = admin.get("/requests/" + id).json();
        assertEquals(id, full.get("id").asLong());
        assertTrue(full.get("request").get("body").asText().contains("<EventId>E1</EventId>"));
        assertTrue(full.get("request").get("headers").toString().contains("SOAPAction"));
        assertEquals("text/xml; charset=utf-8", full.get("response").get("headers").get("Content-Type").get(0).asText());
        assertEquals(String.valueOf(full.get("response").get("body").asText().length()),
                full.get("response").get("headers").get("Content-Length").get(0).asText());
        JsonNode rest = admin.get("/requests?protocol=REST").json().get("requests").get(0);
        assertTrue(rest.get("response").get("headers").get("Content-Type").get(0).asText().startsWith("application/json"), rest.toString());
        assertEquals(404, admin.get("/requests/999999").status());
        assertEquals(404, admin.get("/requests/abc").status());
    }

    @Test
    void countersKeepCountingPastTheJournalAndResetWithTheServer() {
        try (CventMockServer server = CventMockServer.builder().port(0).journal(true, 2, 1 << 20).build().start()) {
            SoapClient soap = new SoapClient(server.soapUrl());
            AdminClient admin = new AdminClient(server.adminUrl());
            for (int i = 0; i < 3; i++) {
                soap.login();
            }
            soap.post11("Login", Envelopes.login11("TEST", "test", "wrong"));
            JsonNode stats = admin.get("/stats").json();
            assertEquals(4, stats.get("calls").asLong(), stats.toString());
            assertEquals(3, stats.get("byOperation").get("Login").get("ok").asLong());
            assertEquals(1, stats.get("byOperation").get("Login").get("denied").asLong());
            assertEquals(60, stats.get("perSecond").size());
            assertEquals(2, server.journal().size(), "the journal keeps two; the counters all four");
            admin.post("/reset", "");
            assertEquals(0, admin.get("/stats").json().get("calls").asLong());
        }
    }

    @Test
    void settingsAreTheValuesInEffectWithSecretsOnlySaidToBeSet() {
        try (CventMockServer server = CventMockServer.builder().port(0).adminToken("hush").maxGuestsPerCall(50).build().start()) {
            JsonNode s = new AdminClient(server.adminUrl(), Map.of("Authorization", "Bearer hush")).get("/settings").json();
            assertEquals(server.port(), s.get("port").asInt());
            assertEquals(50, s.get("max-guests-per-call").asInt());
            assertEquals("set", s.get("admin-token").asText());
            assertFalse(s.toString().contains("hush"), s.toString());
            assertTrue(s.get("max-guests").asLong() > 0, "the heap's default, computed");
        }
    }

    @Test
    void guestsAreSearchedAndSorted(CventMockServer server) {
        SoapClient soap = new SoapClient(server.soapUrl());
        AdminClient admin = new AdminClient(server.adminUrl());
        String token = soap.login();
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E1",
                guest("Id", "G-A", "FirstName", "Zed", "LastName", "Alpha", "Email", "zed@example.com"),
                guest("Id", "G-B", "FirstName", "Amy", "LastName", "Beta", "Email", "amy@other.example"),
                guest("Id", "G-C", "FirstName", "Bo")));
        assertEquals(List.of("G-B"), ids(admin, "q=OTHER.example"));
        assertEquals(List.of("G-A", "G-B"), ids(admin, "q=example"));
        assertEquals(List.of("G-C"), ids(admin, "q=g-c"));
        String confirmation = admin.get("/cvent/events/E1/guests/G-A").json().get("GuestConfirmationNumber").asText();
        assertEquals(List.of("G-A"), ids(admin, "q=" + confirmation.toLowerCase()));
        assertEquals(List.of("G-B", "G-C", "G-A"), ids(admin, "sort=FirstName"));
        assertEquals(List.of("G-A", "G-B", "G-C"), ids(admin, "sort=lastname"), "absent values last");
        assertEquals(List.of("G-B", "G-A", "G-C"), ids(admin, "sort=-LastName"), "absent values last, descending too");
        assertEquals(List.of("G-C", "G-B", "G-A"), ids(admin, "sort=-Id"));
        assertEquals(400, admin.get("/cvent/events/E1/guests?sort=Shoe").status());
    }

    @Test
    void theGuestAttributesAreListedInTheWsdlOrder(CventMockServer server) {
        JsonNode list = new AdminClient(server.adminUrl()).get("/cvent/guest-attributes").json();
        assertEquals("EventID", list.get(0).get("name").asText());
        List<String> managed = new ArrayList<>();
        list.forEach(a -> {
            if (a.get("serverManaged").asBoolean()) {
                managed.add(a.get("name").asText());
            }
        });
        assertEquals(List.of("CreatedDate", "CreatedBy", "LastModifiedDate", "LastModifiedBy"), managed);
        assertTrue(list.toString().contains("{\"name\":\"OptedOut\",\"type\":\"boolean\",\"serverManaged\":false}"), list.toString());
    }

    private static List<String> field(AdminClient admin, String query, String name) {
        List<String> out = new ArrayList<>();
        admin.get("/requests?bodies=false&" + query).json().get("requests").forEach(e -> out.add(e.get(name).asText()));
        return out;
    }

    private static List<String> ids(AdminClient admin, String query) {
        List<String> out = new ArrayList<>();
        admin.get("/cvent/events/E1/guests?" + query).json().forEach(g -> out.add(g.get("Id").asText()));
        return out;
    }
}
