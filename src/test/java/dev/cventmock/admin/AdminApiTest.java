package dev.cventmock.admin;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.junit.MutableClock;
import dev.cventmock.testing.SoapClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every admin route, on success and error paths. */
class AdminApiTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    static final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.clock(clock).dailyQuota(3));

    AdminClient admin;
    SoapClient soap;

    @BeforeEach
    void clients(CventMockServer server) {
        admin = new AdminClient(server.adminUrl());
        soap = new SoapClient(server.soapUrl());
    }

    static void assertJsonError(AdminClient.Reply r, int status, String fragment) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertEquals(status, r.json().get("status").asInt());
        assertTrue(r.json().get("error").asText().contains(fragment), r.json().get("error").asText());
    }

    @Test
    void healthSaysUpWithVersionAndUptime() {
        AdminClient.Reply r = admin.get("/health");
        assertEquals(200, r.status());
        assertEquals("UP", r.json().get("status").asText());
        assertFalse(r.json().get("version").asText().isBlank());
        assertTrue(r.json().get("uptimeMs").asLong() >= 0);
    }

    @Test
    void unknownRoutesAndWrongMethodsAreJsonErrors() {
        assertJsonError(admin.get("/nope"), 404, "no admin route GET /__admin/nope");
        assertJsonError(admin.get("/cvent/events/E/guests/G/extra"), 404, "no admin route");
        assertJsonError(admin.post("/health", "{}"), 405, "use GET");
    }

    @Nested
    class Guests {
        @Test
        void aSeededGuestWithMoreCustomFieldsThanTheLimitIs400() {
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i <= dev.cventmock.cvent.guests.Guest.MAX_CUSTOM_FIELDS; i++) {
                fields.append(i == 0 ? "" : ", ").append("{\"FieldId\": \"F").append(i).append("\"}");
            }
            AdminClient.Reply r = admin.put("/cvent/events/" + EVENT + "/guests/G-MANY", "{\"CustomFieldDetail\": [" + fields + "]}");
            assertEquals(400, r.status(), r.text());
            assertTrue(r.text().contains("at most " + dev.cventmock.cvent.guests.Guest.MAX_CUSTOM_FIELDS), r.text());
            assertEquals(404, admin.get("/cvent/events/" + EVENT + "/guests/G-MANY").status());
        }

        @Test
        void idsWithPlusAndSpacesAreReadBackAsWritten() {
            String token = soap.login();
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G+1", "FirstName", "Plus"),
                    guest("Id", "G 2", "FirstName", "Space")));

            assertEquals("Plus", admin.get("/cvent/events/" + EVENT + "/guests/G+1").json().get("FirstName").asText());
            assertEquals("Plus", admin.get("/cvent/events/" + EVENT + "/guests/G%2B1").json().get("FirstName").asText());
            assertEquals("Space", admin.get("/cvent/events/" + EVENT + "/guests/G%202").json().get("FirstName").asText());
            assertEquals(404, admin.get("/cvent/events/" + EVENT + "/guests/G%201").status(), "G 1 is not G+1");
            assertEquals(204, admin.delete("/cvent/events/" + EVENT + "/guests/G+1").status());
        }

        @Test
        void putSeedsAGuestThatSoapUpdatesAndGetReadsBack() {
            AdminClient.Reply put = admin.put("/cvent/events/" + EVENT + "/guests/G-1", """
                    {"FirstName": "Ann", "LastName": "Lee", "Email": "ann@example.com", "OptedOut": true,
                     "DateOfBirth": "1990-05-01T00:00:00",
                     "CustomFieldDetail": [{"FieldId": "F1", "FieldName": "Diet", "FieldValue": "None"}]}""");
            assertEquals(201, put.status(), put.text());
            assertEquals("G-1", put.json().get("Id").asText());
            assertEquals(EVENT, put.json().get("EventID").asText());
            assertTrue(put.json().get("OptedOut").isBoolean());

            String token = soap.login();
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G-1", "City", "Austin")));

            JsonNode g = admin.get("/cvent/events/" + EVENT + "/guests/g-1").json();
            assertEquals("Ann", g.get("FirstName").asText());
            assertEquals("Austin", g.get("City").asText());
            assertEquals("1990-05-01T00:00:00", g.get("DateOfBirth").asText());
            assertEquals(true, g.get("OptedOut").asBoolean());
            assertEquals("test", g.get("LastModifiedBy").asText());
            assertEquals("Diet", g.get("CustomFieldDetail").get(0).get("FieldName").asText());

            assertEquals(200, admin.put("/cvent/events/" + EVENT + "/guests/G-1", "{\"FirstName\": \"Replaced\"}").status());
            JsonNode replaced = admin.get("/cvent/events/" + EVENT + "/guests/G-1").json();
            assertEquals("Replaced", replaced.get("FirstName").asText());
            assertFalse(replaced.has("City"), "PUT replaces the whole guest");
        }

        @Test
        void listsFilterByEmailLastNameAndModifiedSince() {
            String token = soap.login();
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT,
                    guest("Id", "A", "LastName", "Okafor", "Email", "a@example.com"),
                    guest("Id", "B", "LastName", "Lee", "Email", "b@example.com")));
            clock.advance(Duration.ofMinutes(30));
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "C", "LastName", "Lee")));

            assertEquals(3, admin.get("/cvent/events/" + EVENT + "/guests").json().size());
            JsonNode byEmail = admin.get("/cvent/events/" + EVENT + "/guests?email=A@EXAMPLE.COM").json();
            assertEquals(1, byEmail.size());
            assertEquals("A", byEmail.get(0).get("Id").asText());
            assertEquals(2, admin.get("/cvent/events/" + EVENT + "/guests?lastName=lee").json().size());
            JsonNode recent = admin.get("/cvent/events/" + EVENT + "/guests?modifiedSince=" + clock.instant()).json();
            assertEquals(1, recent.size());
            assertEquals("C", recent.get(0).get("Id").asText());
            assertJsonError(admin.get("/cvent/events/" + EVENT + "/guests?modifiedSince=yesterday"), 400, "modifiedSince");
        }

        @Test
        void eventsAreListedWithGuestCountsAndCanBeDropped() {
            admin.put("/cvent/events/E1/guests/G1", "{}");
            admin.put("/cvent/events/E1/guests/G2", "{}");
            admin.put("/cvent/events/E2/guests/G1", "{}");
            JsonNode events = admin.get("/cvent/events").json();
            assertEquals("[{\"EventId\":\"E1\",\"guestCount\":2},{\"EventId\":\"E2\",\"guestCount\":1}]", events.toString());

            assertEquals(204, admin.delete("/cvent/events/E1/guests/G1").status());
            assertJsonError(admin.delete("/cvent/events/E1/guests/G1"), 404, "no guest 'G1'");
            AdminClient.Reply drop = admin.delete("/cvent/events/E1");
            assertEquals(1, drop.json().get("deletedGuests").asInt());
            assertJsonError(admin.delete("/cvent/events/E1"), 404, "no event 'E1'");
            assertEquals(1, admin.get("/cvent/events").json().size());
        }

        @Test
        void unknownEventsAndGuestsAre404() {
            assertJsonError(admin.get("/cvent/events/NOPE/guests"), 404, "no event 'NOPE'");
            admin.put("/cvent/events/E1/guests/G1", "{}");
            assertJsonError(admin.get("/cvent/events/E1/guests/NOPE"), 404, "no guest 'NOPE' in event 'E1'");
        }

        @Test
        void badBodiesAre400NamingTheProblem() {
            String url = "/cvent/events/E1/guests/G1";
            assertJsonError(admin.put(url, "{\"FirstName\": "), 400, "malformed JSON");
            assertJsonError(admin.put(url, ""), 400, "empty");
            assertJsonError(admin.put(url, "[1]"), 400, "JSON object");
            assertJsonError(admin.put(url, "{\"Nickname\": \"x\", \"ShoeSize\": 42}"), 400, "unknown attribute 'ShoeSize'");
            assertJsonError(admin.put(url, "{\"DateOfBirth\": \"tomorrow\"}"), 400, "DateOfBirth");
            assertJsonError(admin.put(url, "{\"OptedOut\": \"maybe\"}"), 400, "OptedOut");
            assertJsonError(admin.put(url, "{\"Id\": \"OTHER\"}"), 400, "differs");
            assertJsonError(admin.put(url, "{\"EventID\": \"E2\"}"), 400, "differs");
            assertJsonError(admin.put(url, "{\"CustomFieldDetail\": [{\"Colour\": \"red\"}]}"), 400, "unknown member 'Colour'");
            assertEquals(404, admin.get(url).status(), "nothing was stored");
        }
    }

    @Nested
    class AccountsAndSessions {
        @Test
        void accountsAreListedWithoutPasswordsAddedAndUnlocked() {
            assertEquals(201, admin.post("/cvent/accounts", "{\"AccountNumber\": \"ACME\", \"UserName\": \"api\", \"Password\": \"pw\"}").status());
            JsonNode list = admin.get("/cvent/accounts").json();
            assertEquals(2, list.size());
            assertFalse(list.toString().contains("pw"), "no passwords in the listing");
            assertEquals("pw".length() > 0, soap.login("ACME", "api", "pw").length() > 0);

            for (int i = 0; i < 5; i++) {
                soap.post11("Login", Envelopes.login11("ACME", "api", "wrong"));
            }
            JsonNode locked = admin.get("/cvent/accounts").json().get(0);
            assertTrue(locked.get("locked").asBoolean(), locked.toString());
            assertEquals(200, admin.post("/cvent/accounts", "{\"AccountNumber\": \"ACME\", \"UserName\": \"api\", \"unlock\": true}").status());
            soap.login("ACME", "api", "pw");
            assertJsonError(admin.post("/cvent/accounts", "{\"AccountNumber\": \"X\", \"UserName\": \"y\", \"unlock\": true}"), 404, "no account");
            assertJsonError(admin.post("/cvent/accounts", "{\"AccountNumber\": \"ACME\"}"), 400, "UserName is required");
        }

        @Test
        void aMintedSessionWorksWithoutLoginAndCanBeExpired() {
            AdminClient.Reply minted = admin.post("/cvent/sessions", "{\"AccountNumber\": \"TEST\", \"UserName\": \"ci-bot\", \"token\": \"fixed-token-1\"}");
            assertEquals(201, minted.status(), minted.text());
            assertEquals("fixed-token-1", minted.json().get("token").asText());
            SoapClient.Response ok = soap.post11("UpdateGuestInfo", Envelopes.update11("fixed-token-1", EVENT, guest("Id", "G1")));
            assertEquals(200, ok.status(), ok.body());
            assertEquals("ci-bot", admin.get("/cvent/events/" + EVENT + "/guests/G1").json().get("LastModifiedBy").asText());

            assertTrue(admin.get("/cvent/sessions").text().contains("fixed-token-1"));
            assertEquals(200, admin.post("/cvent/sessions/fixed-token-1/expire", "").status());
            SoapClient.Response expired = soap.post11("UpdateGuestInfo", Envelopes.update11("fixed-token-1", EVENT, guest("Id", "G1")));
            assertTrue(expired.body().contains("CV10105"), expired.body());
            assertJsonError(admin.post("/cvent/sessions/unknown/expire", ""), 404, "no session");

            JsonNode random = admin.post("/cvent/sessions", "{\"AccountNumber\": \"TEST\", \"UserName\": \"test\"}").json();
            assertTrue(random.get("token").asText().length() >= 40);
        }
    }

    @Test
    void theDailyQuotaFaultsWhenSpentUntilReset() {
        String token = soap.login();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G" + i))).status());
        }
        SoapClient.Response spent = soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G9")));
        assertEquals(500, spent.status());
        assertTrue(spent.body().contains(">q0:CV30100<") && spent.body().contains("EXCEED_API_CALL_LIMIT"), spent.body());
        assertEquals(3, admin.get("/cvent/quota").json().get("usedToday").get("TEST").asInt());
        assertEquals(3, admin.get("/cvent/accounts").json().get(0).get("callsToday").asInt());

        assertEquals(200, admin.post("/cvent/quota/reset?account=TEST", "").status());
        assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G9"))).status());
        assertTrue(cvent.server().guestStore().find(EVENT, "G9") != null);

        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, soap.post11("UpdateGuestInfo",
                    Envelopes.update11(admin.post("/cvent/sessions", "{\"AccountNumber\":\"TEST\",\"UserName\":\"test\"}")
                            .json().get("token").asText(), EVENT, guest("Id", "D" + i))).status(), "a new day, a new quota");
        }
    }

    @Test
    void resetReturnsToTheStartState() {
        String token = soap.login();
        soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G1")));
        admin.post("/faults", "{\"action\": {\"type\": \"delay\", \"ms\": 1}}");
        admin.post("/cvent/accounts", "{\"AccountNumber\": \"ACME\", \"UserName\": \"api\", \"Password\": \"pw\"}");

        assertEquals(200, admin.post("/reset", "").status());
        assertEquals(0, admin.get("/cvent/events").json().size());
        assertEquals(0, admin.get("/cvent/sessions").json().size());
        assertEquals(0, admin.get("/faults").json().get("faults").size());
        assertEquals(0, admin.get("/requests").json().get("requests").size());
        assertEquals(1, admin.get("/cvent/accounts").json().size());
        assertTrue(soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G1"))).body().contains("CV10104"),
                "sessions from before the reset are gone");
        assertEquals(0, cvent.server().guestStore().size());
        assertEquals(null, cvent.server().guestStore().find(EVENT, "G1"));
        assertEquals(GuestField.FIRST_NAME, GuestField.byWireName("firstname"));
    }
}
