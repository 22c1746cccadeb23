package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static dev.cventmock.soap.FaultAssertions.assertCventFault;
import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.junit.MutableClock;
import dev.cventmock.testing.SoapClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every whole-call error, on both ports, in Cvent's fault format; and nothing stored by a refused call. */
class SoapFaultTest {
    static final String EVENT = "EVT-FAULTS";
    static final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.soapEngine(TestEngine.current()).clock(clock).maxGuestsPerCall(3));

    CventMockServer server;
    SoapClient soap;
    String token;

    @BeforeEach
    void clients(CventMockServer server) {
        this.server = server;
        this.soap = new SoapClient(server.soapUrl());
        this.token = soap.login();
    }


    SoapClient.Response update(boolean soap12, String envelope11, String envelope12) {
        return soap12 ? soap.post12("UpdateGuestInfo", envelope12) : soap.post11("UpdateGuestInfo", envelope11);
    }

    SoapClient.Response update(boolean soap12, String token, String eventId, String... guests) {
        return update(soap12, Envelopes.update11(token, eventId, guests), Envelopes.update12(token, eventId, guests));
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void aMissingSessionHeaderIsAnInvalidHeaderValue(boolean soap12) {
        assertCventFault(update(soap12, null, EVENT, guest("Id", "G1")), soap12, "CV10104", "INVALID_CVENT_HEADER_VALUE");
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anEmptyOrUnknownSessionIsAnInvalidHeaderValue(boolean soap12) {
        assertCventFault(update(soap12, "", EVENT, guest("Id", "G1")), soap12, "CV10104", "INVALID_CVENT_HEADER_VALUE");
        assertCventFault(update(soap12, "b3JnPUNWVFBST0QxO3VzZXI9YXBp", EVENT, guest("Id", "G1")), soap12, "CV10104", "INVALID_CVENT_HEADER_VALUE");
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anExpiredSessionIsSessionExpired(boolean soap12) {
        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, update(soap12, token, EVENT, guest("Id", "G1")).status());
        clock.advance(Duration.ofMinutes(1));
        String detail = assertCventFault(update(soap12, token, EVENT, guest("Id", "G2")), soap12, "CV10105", "SESSION_EXPIRED");
        assertTrue(detail.contains("Login"), detail);
        assertEquals(1, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void aMissingOrEmptyEventIdIsNoIdProvided(boolean soap12) {
        assertCventFault(update(soap12, token, null, guest("Id", "G1")), soap12, "CV20018", "NO_ID_PROVIDED");
        assertCventFault(update(soap12, token, "", guest("Id", "G1")), soap12, "CV20018", "NO_ID_PROVIDED");
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void moreGuestsThanTheLimitIsTooManyIds(boolean soap12) {
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            guests.add(guest("Id", "G" + i));
        }
        String detail = assertCventFault(update(soap12, token, EVENT, guests.toArray(String[]::new)), soap12,
                "CV20021", "TOO_MANY_IDS_PROVIDED");
        assertTrue(detail.contains("at most 3"), detail);
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anInvalidDateTimeIsAnInvalidSoapRequestNamingAttributeAndValue(boolean soap12) {
        String detail = assertCventFault(update(soap12, token, EVENT, guest("Id", "G1"),
                guest("Id", "G2", "DateOfBirth", "30/01/1991")), soap12, "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("Guest[2]") && detail.contains("DateOfBirth") && detail.contains("30/01/1991"), detail);
        assertEquals(0, server.guestStore().size(), "a refused call stores nothing, not even its valid guests");
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anInvalidBooleanIsAnInvalidSoapRequestNamingAttributeAndValue(boolean soap12) {
        String detail = assertCventFault(update(soap12, token, EVENT, guest("Id", "G1", "OptedOut", "yes")), soap12,
                "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("OptedOut") && detail.contains("'yes'") && detail.contains("xs:boolean"), detail);
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anUnknownOperationNamesTheSupportedOnes(boolean soap12) {
        String body = (soap12 ? Envelopes.update12(token, EVENT) : Envelopes.update11(token, EVENT))
                .replace("UpdateGuestInfo", "CreateGuest");
        SoapClient.Response r = soap12 ? soap.post12(null, body) : soap.post11(null, body);
        String detail = assertCventFault(r, soap12, "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("CreateGuest") && detail.contains("Login, UpdateGuestInfo"), detail);
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void aSoapActionThatMatchesNoOperationNamesTheSupportedOnes(boolean soap12) {
        String body = soap12 ? Envelopes.update12(token, EVENT, guest("Id", "G1")) : Envelopes.update11(token, EVENT, guest("Id", "G1"));
        SoapClient.Response r = soap12 ? soap.post12("RetrieveGuest", body) : soap.post11("RetrieveGuest", body);
        String detail = assertCventFault(r, soap12, "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("RetrieveGuest") && detail.contains("Login, UpdateGuestInfo"), detail);
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void aSoapActionThatContradictsTheBodyIsRefused(boolean soap12) {
        String body = soap12 ? Envelopes.update12(token, EVENT, guest("Id", "G1")) : Envelopes.update11(token, EVENT, guest("Id", "G1"));
        SoapClient.Response r = soap12 ? soap.post12("Login", body) : soap.post11("Login", body);
        String detail = assertCventFault(r, soap12, "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("Login") && detail.contains("UpdateGuestInfo"), detail);
        assertEquals(0, server.guestStore().size());
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void aBodyThatIsNotXmlIsAnInvalidSoapRequest(boolean soap12) {
        SoapClient.Response r = soap12 ? soap.post12(null, "<soap12:Envelope") : soap.post11(null, "hello");
        String detail = assertCventFault(r, soap12, "CV10001", "INVALID_SOAP_REQUEST");
        assertTrue(detail.contains("not well-formed"), detail);
    }

    @ParameterizedTest(name = "soap12={0}")
    @ValueSource(booleans = {false, true})
    void anEmptySoapActionOrNoneDispatchesOnTheBody(boolean soap12) {
        String body = soap12 ? Envelopes.update12(token, EVENT, guest("Id", "G1")) : Envelopes.update11(token, EVENT, guest("Id", "G1"));
        SoapClient.Response r = soap12 ? soap.post12(null, body) : soap.post("text/xml; charset=utf-8", "\"\"", body);
        assertEquals(200, r.status(), r.body());
    }
}
