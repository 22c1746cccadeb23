package dev.cventmock.capacity;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.soap.FaultAssertions;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every store that grows with traffic stops at its bound with a clear refusal, and nothing stored changes. */
class CapacityTest {
    private static final String EVENT = "EVT-CAP";

    @Test
    void guestsBeyondTheBoundAreAFaultNamingItAndNothingOfTheCallIsStored() {
        try (CventMockServer server = CventMockServer.builder().maxGuests(5).build().start()) {
            SoapClient soap = new SoapClient(server.soapUrl());
            String token = soap.login();
            assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT,
                    guest("Id", "G1"), guest("Id", "G2"), guest("Id", "G3"))).status());

            SoapClient.Response over = soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT,
                    guest("Id", "G1", "City", "Austin"), guest("Id", "G4"), guest("Id", "G5"), guest("Id", "G6")));
            assertEquals(500, over.status());
            FaultAssertions.assertCventFault(over, false, "CV10000", "UNKNOWN_EXCEPTION");
            assertTrue(over.body().contains("--max-guests") && over.body().contains("5 guests"), over.body());
            assertNull(server.guestStore().find(EVENT, "G4"));
            assertNull(server.guestStore().find(EVENT, "G1").get(dev.cventmock.cvent.guests.GuestField.CITY),
                    "nothing of the refused call was applied");

            assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT,
                    guest("Id", "G1", "City", "Austin"), guest("Id", "G4"), guest("Id", "G5"))).status(), "what fits is applied");
            assertEquals(5, server.guestStore().size());

            AdminClient admin = new AdminClient(server.adminUrl());
            AdminClient.Reply seeded = admin.put("/cvent/events/" + EVENT + "/guests/G9", "{\"FirstName\": \"Ann\"}");
            assertEquals(507, seeded.status(), seeded.text());
            assertTrue(seeded.json().get("error").asText().contains("--max-guests"), seeded.text());

            assertEquals(204, admin.delete("/cvent/events/" + EVENT + "/guests/G5").status());
            assertEquals(201, admin.put("/cvent/events/" + EVENT + "/guests/G9", "{\"FirstName\": \"Ann\"}").status(),
                    "a deletion makes room");

            JsonNode health = admin.get("/health").json();
            assertEquals(5, health.at("/capacity/guests/used").asLong());
            assertEquals(5, health.at("/capacity/guests/max").asLong());
            assertEquals(200, soap.post11("Login", Envelopes.login11("TEST", "test", "test")).status(), "Login still answers");
        }
    }

    @Test
    void eventsBeyondTheBoundAreAFaultAndARefusedWriteCreatesNoEvent() {
        try (CventMockServer server = CventMockServer.builder().maxEvents(2).strict(true).build().start()) {
            SoapClient soap = new SoapClient(server.soapUrl());
            String token = soap.login();
            for (int i = 0; i < 5; i++) { // strict mode refuses unknown guests: no event may be left behind by them
                soap.post11("UpdateGuestInfo", Envelopes.update11(token, "EVT-NONE-" + i, guest("Id", "G1")));
            }
            assertEquals(0, server.guestStore().eventCapacity().used());
            server.guestStore().put(dev.cventmock.cvent.guests.Guest.of("G1",
                    Map.of(dev.cventmock.cvent.guests.GuestField.EVENT_ID, "E1"), java.util.List.of()));
            server.guestStore().put(dev.cventmock.cvent.guests.Guest.of("G1",
                    Map.of(dev.cventmock.cvent.guests.GuestField.EVENT_ID, "E2"), java.util.List.of()));
            server.guestService().policy(dev.cventmock.cvent.guests.UpdatePolicy.lenient());
            SoapClient.Response third = soap.post11("UpdateGuestInfo", Envelopes.update11(token, "E3", guest("Id", "G1")));
            assertEquals(500, third.status());
            assertTrue(third.body().contains("--max-events"), third.body());
            assertEquals(2, server.guestStore().eventGuestCounts().size());
        }
    }

    @Test
    void bookingOrdersBeyondTheBoundAre507() {
        try (CventMockServer server = CventMockServer.builder().maxBookingOrders(1).build().start()) {
            AdminClient api = new AdminClient(server.baseUrl(), Map.of("X-Api-Key", "test"));
            String body = "{\"items\": [{\"ticket_id\": \"t1_tck\", \"guests\": [{\"first_name\": \"Ann\"}]}]}";
            assertEquals(200, api.put("/v1/bookingorders/0000000000000000000000000000000a_bor/guestdata", body).status());
            AdminClient.Reply second = api.put("/v1/bookingorders/0000000000000000000000000000000b_bor/guestdata", body);
            assertEquals(507, second.status(), second.text());
            assertTrue(second.text().contains("--max-booking-orders"), second.text());
            assertEquals(200, api.put("/v1/bookingorders/0000000000000000000000000000000a_bor/guestdata", body).status(),
                    "the stored order is still written");
            assertNull(server.bookingOrders().find("0000000000000000000000000000000b_bor"));
        }
    }

    @Test
    void xs2eventGuestsOfAllBookingOrdersTogetherStopAtTheirBound() {
        try (CventMockServer server = CventMockServer.builder().maxXs2eventGuests(3).build().start()) {
            AdminClient api = new AdminClient(server.baseUrl(), Map.of("X-Api-Key", "test"));
            String two = "{\"items\": [{\"ticket_id\": \"t1_tck\", \"guests\": [{\"first_name\": \"A\"}, {\"first_name\": \"B\"}]}]}";
            String one = "{\"items\": [{\"ticket_id\": \"t1_tck\", \"guests\": [{\"first_name\": \"A\"}]}]}";
            String a = "/v1/bookingorders/0000000000000000000000000000000a_bor/guestdata";
            String b = "/v1/bookingorders/0000000000000000000000000000000b_bor/guestdata";
            assertEquals(200, api.put(a, two).status());
            AdminClient.Reply over = api.put(b, two);
            assertEquals(507, over.status(), over.text());
            assertTrue(over.text().contains("--max-xs2event-guests"), over.text());
            assertNull(server.bookingOrders().find("0000000000000000000000000000000b_bor"), "no order was left behind");
            assertEquals(200, api.put(b, one).status());
            assertEquals(3, server.bookingOrders().guestCapacity().used());
            assertEquals(200, api.put(a, one).status(), "replacing guest data gives back what it no longer holds");
            assertEquals(2, server.bookingOrders().guestCapacity().used());
            assertEquals(204, new AdminClient(server.adminUrl()).delete("/xs2event/bookingorders/0000000000000000000000000000000a_bor").status());
            assertEquals(1, server.bookingOrders().guestCapacity().used());
            assertEquals(1, server.bookingOrders().capacity().used());
        }
    }

    @Test
    void faultRulesBeyondTheBoundAre507() {
        try (CventMockServer server = CventMockServer.builder().build().start()) {
            AdminClient admin = new AdminClient(server.adminUrl());
            String rule = "{\"match\": {\"operation\": \"Nothing\"}, \"action\": {\"type\": \"delay\", \"ms\": 1}}";
            for (int i = 0; i < FaultRules.MAX_RULES; i++) {
                assertEquals(201, admin.post("/faults", rule).status(), "rule " + i);
            }
            AdminClient.Reply over = admin.post("/faults", rule);
            assertEquals(507, over.status(), over.text());
            assertEquals(FaultRules.MAX_RULES, server.faults().list().size());
        }
    }

    @Test
    void aDataDirectoryHoldingMoreThanALoweredBoundIsRecoveredWhole(@TempDir Path dir) {
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).build().start()) {
            SoapClient soap = new SoapClient(first.soapUrl());
            soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), EVENT, guest("Id", "G1"), guest("Id", "G2"),
                    guest("Id", "G3")));
        }
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).maxGuests(2).build().start()) {
            assertEquals(3, second.guestStore().size());
            assertNotNull(second.guestStore().find(EVENT, "G3"));
            SoapClient soap = new SoapClient(second.soapUrl());
            assertEquals(500, soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), EVENT, guest("Id", "G4"))).status());
        }
    }
}
