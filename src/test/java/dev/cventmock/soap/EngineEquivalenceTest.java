package dev.cventmock.soap;

import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.CanonicalXml;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.junit.MutableClock;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming engine against the reference: two servers, one per engine, in the same state, get the same
 * requests in the same order, and must answer with the same status, media type and XML (prefixes, namespace
 * declarations and the order of attributes aside).
 */
class EngineEquivalenceTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    static final String TOKEN = "equivalence-session-token";
    static CventMockServer metro;
    static CventMockServer streaming;

    @BeforeAll
    static void start() {
        metro = server(SoapEngine.METRO);
        streaming = server(SoapEngine.STREAMING);
    }

    private static CventMockServer server(SoapEngine engine) {
        CventMockServer s = CventMockServer.builder().soapEngine(engine).maxGuestsPerCall(5)
                .clock(MutableClock.at("2026-11-21T10:00:00Z")).build().start();
        s.sessions().create("TEST", "test", TOKEN);
        return s;
    }

    @AfterAll
    static void stop() {
        metro.stop();
        streaming.stop();
    }

    record Case(String name, boolean soap12, String action, String body) {
        @Override
        public String toString() {
            return name + (soap12 ? " (SOAP 1.2)" : " (SOAP 1.1)");
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        for (boolean v12 : new boolean[] {false, true}) {
            cases.add(new Case("login ok", v12, "Login", login(v12, "TEST", "test", "test")));
            cases.add(new Case("login denied", v12, "Login", login(v12, "TEST", "test", "nope")));
            cases.add(new Case("login with missing fields", v12, "Login", login(v12, "TEST", "test", "test")
                    .replace("<Password>test</Password>", "")));
            cases.add(new Case("vendor-shaped update", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT,
                    guest(VendorSampleTest.fullGuest("E0000001-0000-4000-8000-000000000001", "m-1", "Ann"), VendorSampleTest.twoCustomFields()),
                    guest(pairs("Id", "E0000001-0000-4000-8000-000000000002", "FirstName", "Bo & \"Co\" <x>", "City", "Zürich")))));
            cases.add(new Case("update of existing guests", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT,
                    guest(pairs("Id", "E0000001-0000-4000-8000-000000000001", "MessageId", "m-2", "City", "Austin"),
                            customField("26AC4D7B-3644-49A8-B034-8456D926DA98", null, null, "Vegan")))));
            cases.add(new Case("per-guest errors", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT,
                    guest("Id", "E0000001-0000-4000-8000-000000000003", "MessageId", "ok"),
                    guest("Id", "E0000001-0000-4000-8000-000000000003", "MessageId", "dup"),
                    guest("Id", "E0000001-0000-4000-8000-000000000004", "EventID", "OTHER", "Email", "bad"),
                    "        <Guest xsi:nil=\"true\" />\n")));
            cases.add(new Case("no session header", v12, "UpdateGuestInfo", update(v12, null, EVENT, guest("Id", "X1"))));
            cases.add(new Case("unknown session", v12, "UpdateGuestInfo", update(v12, "not-a-session", EVENT, guest("Id", "X1"))));
            cases.add(new Case("empty EventId", v12, "UpdateGuestInfo", update(v12, TOKEN, "", guest("Id", "X1"))));
            cases.add(new Case("no EventId", v12, "UpdateGuestInfo", update(v12, TOKEN, null, guest("Id", "X1"))));
            cases.add(new Case("too many guests", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT, guest("Id", "1"),
                    guest("Id", "2"), guest("Id", "3"), guest("Id", "4"), guest("Id", "5"), guest("Id", "6"))));
            cases.add(new Case("bad dateTime", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT, guest("Id", "X1", "DateOfBirth", "1/2/1990"))));
            cases.add(new Case("bad boolean", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT, guest("Id", "X1", "Participant", "yes"))));
            cases.add(new Case("no Guests element", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT).replace("<Guests>\n      </Guests>", "")));
            cases.add(new Case("unknown elements and attributes are ignored", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT,
                    "        <Guest Id=\"E0000001-0000-4000-8000-000000000005\" Shoe=\"44\" firstname=\"lower\"><Extra>1</Extra>"
                            + "<CustomFieldDetail FieldId=\"F9\" FieldValue=\"v\" Colour=\"red\" xmlns=\"http://schemas.cvent.com/api/2006-11\"/></Guest>\n")
                    .replace("<EventId>", "<Unknown>x</Unknown><EventId>")));
            cases.add(new Case("CDATA, comments and other prefixes", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT,
                    guest("Id", "E0000001-0000-4000-8000-000000000006", "City", "Delft"))
                    .replace("<EventId>" + EVENT, "<!-- the event --><EventId><![CDATA[" + EVENT + "]]>")
                    .replace("</EventId>", "</EventId>".replace("<", "<")).replace("<![CDATA[" + EVENT + "]]></EventId>",
                            "<![CDATA[" + EVENT + "]]></EventId>")));
            cases.add(new Case("header attributes are echoed", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT, guest("Id", "X7"))
                    .replace("<CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">",
                            "<CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\" trace=\"abc\">")));
            String s1 = "http://schemas.cvent.com/api/2006-11";
            cases.add(new Case("retrieve guests: request order, unknown and repeated ids", v12, "Retrieve", call(v12, TOKEN,
                    Envelopes.retrieve("Guest", "E0000001-0000-4000-8000-000000000002", "NOPE", "e0000001-0000-4000-8000-000000000001",
                            "E0000001-0000-4000-8000-000000000002", "E0000001-0000-4000-8000-000000000005"))));
            cases.add(new Case("retrieve the event met through UpdateGuestInfo", v12, "Retrieve", call(v12, TOKEN,
                    Envelopes.retrieve("Event", EVENT, "NO-SUCH-EVENT"))));
            cases.add(new Case("retrieve with a bare text id", v12, "Retrieve", call(v12, TOKEN,
                    "<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Guest</ObjectType><Ids xmlns=\"" + s1
                            + "\"> E0000001-0000-4000-8000-000000000006 </Ids></Retrieve>")));
            cases.add(new Case("retrieve ignores unknown elements", v12, "Retrieve", call(v12, TOKEN,
                    "<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><Extra>1</Extra><ObjectType>Guest</ObjectType><Ids xmlns=\"" + s1
                            + "\"><Other>x</Other><Id>E0000001-0000-4000-8000-000000000006</Id><Id xmlns=\"urn:x\">NOT-THIS</Id></Ids></Retrieve>")));
            cases.add(new Case("retrieve without ids", v12, "Retrieve", call(v12, TOKEN, Envelopes.retrieve("Guest"))));
            cases.add(new Case("retrieve of a type not held", v12, "Retrieve", call(v12, TOKEN, Envelopes.retrieve("Contact", "X"))));
            cases.add(new Case("retrieve of no type", v12, "Retrieve", call(v12, TOKEN, Envelopes.retrieve("", "X"))));
            cases.add(new Case("retrieve without a session", v12, "Retrieve", call(v12, null, Envelopes.retrieve("Guest", "X"))));
            cases.add(new Case("a mustUnderstand header goes to Metro", v12, "UpdateGuestInfo", update(v12, TOKEN, EVENT, guest("Id", "X8"))
                    .replace("<CventSessionHeader", "<Other xmlns=\"urn:x\" " + (v12 ? "soap12:mustUnderstand=\"true\"" : "soap:mustUnderstand=\"1\"")
                            + "/>\n    <CventSessionHeader")));
        }
        return cases.stream().map(Arguments::of);
    }

    private static String login(boolean v12, String a, String u, String p) {
        return v12 ? Envelopes.login12(a, u, p) : Envelopes.login11(a, u, p);
    }

    private static String call(boolean v12, String token, String body) {
        return v12 ? Envelopes.call12(token, body) : Envelopes.call11(token, body);
    }

    private static String update(boolean v12, String token, String eventId, String... guests) {
        return v12 ? Envelopes.update12(token, eventId, guests) : Envelopes.update11(token, eventId, guests);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothEnginesAnswerAlike(Case c) {
        SoapClient.Response reference = send(metro, c);
        SoapClient.Response candidate = send(streaming, c);
        assertEquals(reference.status(), candidate.status(), "status\n" + reference.body() + "\n" + candidate.body());
        assertEquals(reference.contentType().replace(" ", "").toLowerCase(), candidate.contentType().replace(" ", "").toLowerCase());
        String expected = CanonicalXml.of(reference.xml().document().getDocumentElement());
        String actual = CanonicalXml.of(candidate.xml().document().getDocumentElement());
        assertEquals(expected, actual, "reference:\n" + reference.body() + "\nstreaming:\n" + candidate.body());
        assertTrue(expected.contains("Body"));
        if (reference.status() == 500) {
            assertEquals(reference.body(), candidate.body(), "one fault writer: the same bytes from either engine");
        }
        if (reference.status() == 200) {
            boolean byMetro = candidate.body().contains("<S:Envelope");
            assertEquals(c.name().contains("goes to Metro"), byMetro, "which engine answered: " + candidate.body());
        }
    }

    private static SoapClient.Response send(CventMockServer server, Case c) {
        SoapClient client = new SoapClient(server.soapUrl());
        SoapClient.Response r = c.soap12() ? client.post12(c.action(), c.body()) : client.post11(c.action(), c.body());
        // each server names its own endpoint (faultactor, Role): the same text up to the port
        return new SoapClient.Response(r.status(), r.contentType(), r.body().replace(server.soapUrl(), "http://endpoint/soap/V200611.ASMX"));
    }
}
