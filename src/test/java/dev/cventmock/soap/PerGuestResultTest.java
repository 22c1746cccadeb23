package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Per-guest failures on the wire: Success="false" with Errors/Error(Code, Description); the rest applied. */
class PerGuestResultTest {
    static final String EVENT = "EVT-PER-GUEST";
    static final String RESULTS = "/soap:Envelope/soap:Body/tns:UpdateGuestInfoResponse/s1:UpdateGuestInfoResult/s1:UpdateGuestResult";

    CventMockServer server;

    @AfterEach
    void stop() {
        server.stop();
    }

    List<Element> update(String... guests) {
        SoapClient soap = new SoapClient(server.soapUrl());
        SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), EVENT, guests));
        assertEquals(200, r.status(), r.body());
        return r.xml().elements(RESULTS);
    }

    static void assertFailed(Element result, String id, String... codes) {
        assertEquals(id, result.getAttribute("Id"));
        assertEquals("false", result.getAttribute("Success"));
        Xml errors = Xml.parse(SoapXml.serialize(result));
        assertEquals(List.of(codes), errors.elements("//s1:Errors/s1:Error").stream().map(e -> e.getAttribute("Code")).toList());
        errors.elements("//s1:Errors/s1:Error").forEach(e -> assertEquals(false, e.getAttribute("Description").isBlank()));
    }

    static void assertSucceeded(Element result, String id) {
        assertEquals(id, result.getAttribute("Id"));
        assertEquals("true", result.getAttribute("Success"));
        assertEquals(0, result.getElementsByTagNameNS(Xml.S1, "Errors").getLength());
    }

    @Nested
    class Lenient {
        @Test
        void eachRuleFailsOnlyItsGuestAndTheOthersAreApplied() {
            server = TestEngine.builder().build().start();
            List<Element> r = update(
                    guest("Id", "OK-1", "MessageId", "m1", "FirstName", "Ann"),
                    guest("Id", "BAD-EVENT", "MessageId", "m2", "EventID", "ANOTHER-EVENT"),
                    guest("Id", "OK-1", "MessageId", "m3", "FirstName", "Repeat"),
                    guest(pairs("Id", "BAD-CF", "MessageId", "m4"), customField("F1", "A", null, "x"), customField("F1", "B", null, "y")),
                    guest("Id", "BAD-EMAIL", "Email", "james.okafor(at)example.com"),
                    guest("Id", "BAD-CC", "CCEmail", "events-admin@"),
                    guest("Id", "OK-2", "EventID", EVENT, "Email", "bo@example.com"));

            assertEquals(7, r.size());
            assertSucceeded(r.get(0), "OK-1");
            assertEquals("m1", r.get(0).getAttribute("ReferenceId"));
            assertFailed(r.get(1), "BAD-EVENT", "CV70109");
            assertEquals("m2", r.get(1).getAttribute("ReferenceId"));
            assertFailed(r.get(2), "OK-1", "CV40118");
            assertFailed(r.get(3), "BAD-CF", "CV40116");
            assertFailed(r.get(4), "BAD-EMAIL", "CV40102");
            assertFailed(r.get(5), "BAD-CC", "CV40119");
            assertSucceeded(r.get(6), "OK-2");

            assertEquals("Ann", server.guestStore().find(EVENT, "OK-1").get(GuestField.FIRST_NAME), "the repeat was not applied");
            assertEquals("bo@example.com", server.guestStore().find(EVENT, "OK-2").get(GuestField.EMAIL));
            for (String failed : List.of("BAD-EVENT", "BAD-CF", "BAD-EMAIL", "BAD-CC")) {
                assertNull(server.guestStore().find(EVENT, failed), failed);
                assertNull(server.guestStore().find("ANOTHER-EVENT", failed), failed);
            }
        }

        @Test
        void aGuestIsMatchedByConfirmationNumberWhenItHasNoId() {
            server = TestEngine.builder().build().start();
            List<Element> first = update(guest("Id", "G-CONF", "GuestConfirmationNumber", "3LY22RRRV2L", "City", "Austin"));
            assertSucceeded(first.get(0), "G-CONF");
            List<Element> second = update(guest("MessageId", "m", "GuestConfirmationNumber", "3LY22RRRV2L", "City", "Dallas"));
            assertSucceeded(second.get(0), "G-CONF");
            assertEquals("Dallas", server.guestStore().find(EVENT, "G-CONF").get(GuestField.CITY));
            assertEquals(1, server.guestStore().size());
        }
    }

    @Nested
    class Strict {
        @Test
        void aGuestWithoutIdOrWithAnUnknownIdFailsAndAKnownOneIsUpdated() {
            server = TestEngine.builder().strict(true).build().start();
            server.guestStore().put(Guest.of("KNOWN", Map.of(GuestField.EVENT_ID, EVENT, GuestField.CITY, "Austin"), List.of()));

            List<Element> r = update(
                    guest("MessageId", "no-id", "FirstName", "X"),
                    guest("Id", "UNKNOWN", "FirstName", "Y"),
                    guest("Id", "known", "City", "Boston"));
            assertFailed(r.get(0), "", "CV40113");
            assertEquals("no-id", r.get(0).getAttribute("ReferenceId"));
            assertFailed(r.get(1), "UNKNOWN", "CV50103");
            assertSucceeded(r.get(2), "KNOWN"); // the stored guest's own spelling
            assertEquals("Boston", server.guestStore().find(EVENT, "KNOWN").get(GuestField.CITY));
            assertEquals(1, server.guestStore().size());
        }
    }
}
