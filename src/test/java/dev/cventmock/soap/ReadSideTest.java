package dev.cventmock.soap;

import static dev.cventmock.soap.FaultAssertions.assertCventFault;
import static dev.cventmock.testing.Envelopes.call11;
import static dev.cventmock.testing.Envelopes.call12;
import static dev.cventmock.testing.Envelopes.changes;
import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.describeCvObject;
import static dev.cventmock.testing.Envelopes.describeGlobal;
import static dev.cventmock.testing.Envelopes.filter;
import static dev.cventmock.testing.Envelopes.filterArray;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.pairs;
import static dev.cventmock.testing.Envelopes.retrieve;
import static dev.cventmock.testing.Envelopes.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.TestEngine;
import dev.cventmock.testing.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The read side on the wire, as raw XML: Search, Retrieve, GetUpdated, GetDeleted, DescribeGlobal and DescribeCvObject
 * over guests written by UpdateGuestInfo, every operator, and every fault of the contract. Runs on both engines.
 */
class ReadSideTest {
    static final String EVENT = "A21A10B7-ABCF-48DC-86ED-57D095B947DC";
    static final String OTHER_EVENT = "B0000000-0000-0000-0000-000000000002";
    static final String THIRD_EVENT = "C0000000-0000-0000-0000-000000000003";
    static final String IDS = "/soap:Envelope/soap:Body/tns:%sResponse/s1:%sResult/s1:Id";

    static CventMockServer server;
    static SoapClient soap;
    static String token;

    @BeforeAll
    static void start() {
        server = TestEngine.builder().build().start();
        soap = new SoapClient(server.soapUrl());
        token = soap.login();
        write(EVENT,
                guest(pairs("Id", "G-ANN", "FirstName", "Ann", "LastName", "Smith", "Company", "Acme Corp",
                        "RegistrationDate", "2020-10-01T09:30:00", "Participant", "true", "City", ""),
                        customField("CF-1", "Diet", "Text", "vegan")),
                guest("Id", "G-BOB", "FirstName", "Bob", "LastName", "Jones", "Company", "Globex",
                        "RegistrationDate", "2020-10-05T12:00:00", "Participant", "false"),
                guest("Id", "G-CY", "FirstName", "Cy", "LastName", "Brown", "RegistrationDate", "2021-01-01T00:00:00Z"));
        write(OTHER_EVENT, guest("Id", "G-DEE", "FirstName", "Dee", "LastName", "Smith"));
        AdminClient admin = new AdminClient(server.adminUrl());
        assertEquals(200, admin.put("/cvent/events/" + EVENT, "{\"EventTitle\": \"Spring Summit\", \"EventCode\": \"SPR26\", "
                + "\"EventStartDate\": \"2026-04-01T09:00:00\", \"Capacity\": 250, \"Hidden\": false, \"City\": \"\", "
                + "\"CustomFieldDetail\": [{\"FieldId\": \"V1\", \"FieldName\": \"Venue\", \"FieldValue\": \"Hall A\"}]}").status());
        assertEquals(201, admin.put("/cvent/events/" + THIRD_EVENT, "{\"EventTitle\": \"Autumn Forum\", \"Capacity\": 40, "
                + "\"Hidden\": true}").status());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static void write(String event, String... guests) {
        SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(token, event, guests));
        assertEquals(200, r.status(), r.body());
        assertFalse(r.body().contains("Success=\"false\""), r.body());
    }

    static SoapClient.Response call(String operation, String body) {
        return soap.post11(operation, call11(token, body));
    }

    static List<String> ids(String operation, String body) {
        SoapClient.Response r = call(operation, body);
        assertEquals(200, r.status(), r.body());
        return r.xml().elements(String.format(IDS, operation, operation)).stream().map(Element::getTextContent).toList();
    }

    static List<String> searchGuests(String... filters) {
        return ids("Search", search("Guest", "AndSearch", filters));
    }

    @Test
    void searchWithoutFilterListsEveryGuestInAStableOrder() {
        assertEquals(List.of("G-ANN", "G-BOB", "G-CY", "G-DEE"), ids("Search", search("Guest", null)));
    }

    @Test
    void searchByEventIdInBothSpellingsAndAnyCase() {
        assertEquals(List.of("G-ANN", "G-BOB", "G-CY"), searchGuests(filter("EventId", "Equals", EVENT)));
        assertEquals(List.of("G-ANN", "G-BOB", "G-CY"), searchGuests(filter(" EVENTID ", "Equals", EVENT.toLowerCase())));
        assertEquals(List.of("G-DEE"), searchGuests(filter("EventID", "Equals", OTHER_EVENT)));
    }

    @Test
    void andSearchIsTheDefaultAndOrSearchMatchesAny() {
        assertEquals(List.of("G-ANN"), ids("Search", search("Guest", null, filter("LastName", "Equals", "smith"),
                filter("EventId", "Equals", EVENT))));
        assertEquals(List.of("G-ANN", "G-BOB", "G-DEE"), ids("Search", search("Guest", "OrSearch",
                filter("LastName", "Equals", "Smith"), filter("FirstName", "Starts with", "bo"))));
    }

    @Test
    void everyOperatorOnText() {
        assertEquals(List.of("G-ANN", "G-DEE"), searchGuests(filter("LastName", "Equals", "SMITH")));
        assertEquals(List.of("G-BOB", "G-CY"), searchGuests(filter("LastName", "Not Equal to", "Smith")));
        assertEquals(List.of("G-CY"), searchGuests(filter("LastName", "Less than", "jones")));
        assertEquals(List.of("G-ANN", "G-DEE"), searchGuests(filter("LastName", "Greater than", "Jones")));
        assertEquals(List.of("G-BOB", "G-CY"), searchGuests(filter("LastName", "Less than or Equal to", "Jones")));
        assertEquals(List.of("G-ANN", "G-BOB", "G-DEE"), searchGuests(filter("LastName", "Greater than or Equal to", "Jones")));
        assertEquals(List.of("G-ANN"), searchGuests(filter("Company", "Contains", "ME c")));
        assertEquals(List.of("G-BOB", "G-CY", "G-DEE"), searchGuests(filter("Company", "Does not Contain", "acme")));
        assertEquals(List.of("G-BOB"), searchGuests(filter("Company", "Starts with", "glo")));
        assertEquals(List.of("G-ANN", "G-BOB", "G-DEE"), searchGuests(filterArray("LastName", "Includes", "Smith", "Jones")));
        assertEquals(List.of("G-CY"), searchGuests(filterArray("LastName", "Excludes", "Smith", "Jones")));
    }

    @Test
    void datesCompareAsInstantsInTheThreeFormatsClientsSend() {
        assertEquals(List.of("G-ANN", "G-BOB"), searchGuests(filter("RegistrationDate", "Less than", "2020-12-31T00:00:00")));
        assertEquals(List.of("G-BOB", "G-CY"), searchGuests(filter("RegistrationDate", "Greater than", "2020-10-01 09:30:00")));
        assertEquals(List.of("G-BOB"), searchGuests(filter("RegistrationDate", "Equals", "10/05/2020")));
        assertEquals(List.of("G-ANN", "G-BOB"), searchGuests(filter("RegistrationDate", "Less than or Equal to", "10/05/2020")));
        assertEquals(List.of("G-CY"), searchGuests(filter("RegistrationDate", "Greater than or Equal to", "2021-01-01T01:00:00+01:00")));
        assertEquals(List.of("G-ANN", "G-CY"), searchGuests(filterArray("RegistrationDate", "Includes", "10/01/2020", "2021-01-01")));
        assertEquals(List.of("G-BOB", "G-DEE"), searchGuests(filterArray("RegistrationDate", "Excludes", "10/01/2020", "2021-01-01")));
        assertEquals(List.of("G-DEE"), searchGuests(filter("RegistrationDate", "Not Equal to", "x".replace("x", "2020-10-01")),
                filter("RegistrationDate", "Not Equal to", "2020-10-05"), filter("RegistrationDate", "Not Equal to", "2021-01-01")));
    }

    @Test
    void booleansMatchTrueFalseOneAndZero() {
        assertEquals(List.of("G-ANN"), searchGuests(filter("Participant", "Equals", "1")));
        assertEquals(List.of("G-BOB"), searchGuests(filter("Participant", "Equals", "false")));
        assertEquals(List.of("G-BOB", "G-CY", "G-DEE"), searchGuests(filter("Participant", "Not Equal to", "true")));
    }

    @Test
    void searchFaults() {
        assertCventFault(call("Search", search("Guest", null, filter("Email", "Equals", "x"))), false, "CV20010", "INVALID_SEARCH_FILTER");
        assertCventFault(call("Search", search("Guest", null, filter("Shoe", "Equals", "x"))), false, "CV20010", "INVALID_SEARCH_FILTER");
        assertCventFault(call("Search", search("Guest", null, filter("LastName", "Like", "x"))), false, "CV20015", "INVALID_SEARCH_OPERATOR");
        assertCventFault(call("Search", search("Guest", null, filter("Participant", "Contains", "t"))), false, "CV20015", "INVALID_SEARCH_OPERATOR");
        assertCventFault(call("Search", search("Guest", null, filter("RegistrationDate", "Starts with", "2020"))), false, "CV20015", "INVALID_SEARCH_OPERATOR");
        String detail = assertCventFault(call("Search", search("Guest", null, filter("RegistrationDate", "Equals", "31/31/2020"))),
                false, "CV20010", "INVALID_DATE_VALUE");
        assertTrue(detail.contains("31/31/2020"), detail);
        assertCventFault(call("Search", search("Guest", null, filter("LastName", "Equals", null))), false, "CV20010", "INVALID_SEARCH_FILTER");
        assertCventFault(call("Search", search("Guest", null, filterArray("LastName", "Includes"))), false, "CV20010", "INVALID_SEARCH_FILTER");
        String[] many = new String[257];
        java.util.Arrays.fill(many, filter("LastName", "Equals", "x"));
        assertCventFault(call("Search", search("Guest", null, many)), false, "CV20010", "INVALID_SEARCH_FILTER");
        assertCventFault(call("Search", search("Guest", "SomeSearch")), false, "CV10001", "INVALID_SOAP_REQUEST");
    }

    @Test
    void objectTypesOutsideTheEnumerationOrNotHeld() {
        assertTrue(assertCventFault(call("Search", search("Guests", null)), false, "CV10001", "INVALID_SOAP_REQUEST")
                .contains("'Guests' is not a CvObjectType"));
        assertTrue(assertCventFault(call("Search", search("Contact", null)), false, "CV10001", "INVALID_SOAP_REQUEST")
                .contains("Guest and Event"));
        assertCventFault(call("DescribeCvObject", describeCvObject("Guest", "Nope")), false, "CV10001", "INVALID_SOAP_REQUEST");
    }

    @Test
    void retrieveAnswersWhatWasStoredInRequestOrder() {
        SoapClient.Response r = call("Retrieve", retrieve("Guest", "G-BOB", "NOPE", "g-ann", "G-BOB"));
        assertEquals(200, r.status(), r.body());
        List<Element> objects = r.xml().elements("/soap:Envelope/soap:Body/tns:RetrieveResponse/s1:RetrieveResult/s1:CvObject");
        assertEquals(2, objects.size());
        assertEquals("G-BOB", objects.get(0).getAttribute("Id"));
        assertEquals("G-ANN", objects.get(1).getAttribute("Id"));
        Element ann = objects.get(1);
        assertEquals(Xml.S1, xsiTypeNamespace(ann));
        assertEquals("Guest", localXsiType(ann));
        assertEquals("", ann.getAttribute("City"));
        assertTrue(ann.hasAttribute("City"), "an empty string is kept");
        assertFalse(ann.hasAttribute("MiddleName"), "a null attribute is omitted");
        assertEquals(EVENT, ann.getAttribute("EventID"));
        assertEquals("Acme Corp", ann.getAttribute("Company"));
        assertEquals("true", ann.getAttribute("Participant"));
        assertFalse(ann.getAttribute("GuestConfirmationNumber").isEmpty());
        assertFalse(ann.getAttribute("LastModifiedDate").isEmpty());
        Element cf = (Element) ann.getElementsByTagNameNS(Xml.S1, "CustomFieldDetail").item(0);
        assertEquals("vegan", cf.getAttribute("FieldValue"));
        assertEquals("CF-1", cf.getAttribute("FieldId"));
        List<String> order = attributeOrder(r.body(), "G-ANN");
        assertEquals("Id", order.get(0), "Id first: " + r.body());
        assertTrue(order.indexOf("EventID") < order.indexOf("FirstName") && order.indexOf("FirstName") < order.indexOf("LastName")
                && order.indexOf("LastName") < order.indexOf("Company") && order.indexOf("Company") < order.indexOf("City")
                && order.indexOf("City") < order.indexOf("RegistrationDate") && order.indexOf("LastModifiedDate") < order.indexOf("Participant"),
                "WSDL order: " + order);
    }

    @Test
    void retrieveTakesABareTextIdAsAGoClientSendsIt() {
        String body = "    <Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Guest</ObjectType>"
                + "<Ids xmlns=\"http://schemas.cvent.com/api/2006-11\">G-CY</Ids></Retrieve>\n";
        SoapClient.Response r = call("Retrieve", body);
        assertEquals(200, r.status(), r.body());
        assertEquals("G-CY", r.xml().element("//s1:CvObject").getAttribute("Id"));
    }

    @Test
    void retrieveFaults() {
        assertCventFault(call("Retrieve", retrieve("Guest")), false, "CV20018", "NO_ID_PROVIDED");
        String[] ids = new String[201];
        java.util.Arrays.fill(ids, "G-ANN");
        assertCventFault(call("Retrieve", retrieve("Guest", ids)), false, "CV20021", "TOO_MANY_IDS_PROVIDED");
    }

    @Test
    void soap12AndTheSessionCheck() {
        SoapClient.Response r = soap.post12("Search", call12(token, search("Guest", null, filter("Id", "Equals", "G-CY"))));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("<Id>G-CY</Id>") || r.body().contains(">G-CY</"), r.body());
        assertCventFault(soap.post11("Search", call11(null, search("Guest", null))), false, "CV10104", "INVALID_CVENT_HEADER_VALUE");
        assertCventFault(soap.post12("DescribeGlobal", call12("not-a-session", describeGlobal())), true, "CV10104",
                "INVALID_CVENT_HEADER_VALUE");
    }

    @Test
    void getUpdatedFindsWhatWasWrittenInTheWindow() {
        assertEquals(List.of("G-ANN", "G-BOB", "G-CY", "G-DEE"), ids("GetUpdated", changes("GetUpdated", "Guest",
                "2000-01-01T00:00:00", "2999-01-01T00:00:00")));
        assertEquals(List.of(), ids("GetUpdated", changes("GetUpdated", "Guest", "2000-01-01T00:00:00", "2000-01-02T00:00:00")));
        assertCventFault(call("GetUpdated", changes("GetUpdated", "Guest", "2020-01-02T00:00:00", "2020-01-01T00:00:00")),
                false, "CV20013", "INVALID_DATE_RANGE");
        assertCventFault(call("GetUpdated", changes("GetUpdated", "Guest", "yesterday", "2020-01-01T00:00:00")),
                false, "CV20010", "INVALID_DATE_VALUE");
    }

    @Test
    void getDeletedFindsGuestsDeletedThroughTheAdminApi() {
        CventMockServer own = TestEngine.builder().build().start();
        try {
            SoapClient client = new SoapClient(own.soapUrl());
            String session = client.login();
            assertEquals(200, client.post11("UpdateGuestInfo", Envelopes.update11(session, EVENT, guest("Id", "G-GONE"),
                    guest("Id", "G-STAYS"))).status());
            assertEquals(204, new AdminClient(own.adminUrl()).delete("/cvent/events/" + EVENT + "/guests/G-GONE").status());
            SoapClient.Response r = client.post11("GetDeleted", call11(session, changes("GetDeleted", "Guest",
                    "2000-01-01T00:00:00", "2999-01-01T00:00:00")));
            assertEquals(List.of("G-GONE"), r.xml().elements(String.format(IDS, "GetDeleted", "GetDeleted")).stream()
                    .map(Element::getTextContent).toList());
            r = client.post11("GetDeleted", call11(session, changes("GetDeleted", "Guest", "2000-01-01T00:00:00",
                    "2000-01-01T00:00:00")));
            assertEquals(0, r.xml().count(String.format(IDS, "GetDeleted", "GetDeleted")));
            assertEquals(200, new AdminClient(own.adminUrl()).delete("/cvent/events/" + EVENT).status());
            r = client.post11("GetDeleted", call11(session, changes("GetDeleted", "Event", "2000-01-01T00:00:00",
                    "2999-01-01T00:00:00")));
            assertEquals(List.of(EVENT), r.xml().elements(String.format(IDS, "GetDeleted", "GetDeleted")).stream()
                    .map(Element::getTextContent).toList(), "deleting the event deleted it");
            r = client.post11("GetDeleted", call11(session, changes("GetDeleted", "Guest", "2000-01-01T00:00:00",
                    "2999-01-01T00:00:00")));
            assertEquals(List.of("G-GONE", "G-STAYS"), r.xml().elements(String.format(IDS, "GetDeleted", "GetDeleted")).stream()
                    .map(Element::getTextContent).toList(), "and its guests");
        } finally {
            own.stop();
        }
    }

    @Test
    void describeGlobalReportsNonZeroLimitsAndTodaysCalls() {
        SoapClient.Response r = call("DescribeGlobal", describeGlobal());
        assertEquals(200, r.status(), r.body());
        Element g = r.xml().element("//s1:DescribeGlobalResult");
        assertEquals("10000", g.getAttribute("MaxAPICalls"));
        assertTrue(Integer.parseInt(g.getAttribute("CurrentAPICalls")) > 0);
        assertEquals("200", g.getAttribute("MaxBatchSize"));
        assertEquals("25000", g.getAttribute("MaxRecordSet"));
        assertEquals(List.of("Guest", "Event"), r.xml().elements("//s1:DescribeGlobalResult/s1:CvObjectTypes").stream()
                .map(Element::getTextContent).toList());
    }

    @Test
    void describeCvObjectInRequestOrder() {
        SoapClient.Response r = call("DescribeCvObject", describeCvObject("Event", "Guest"));
        assertEquals(200, r.status(), r.body());
        List<Element> described = r.xml().elements("//s1:DescribeCvObjectResult/s1:DescribeCvObjectResult");
        assertEquals(2, described.size());
        assertEquals("Event", described.get(0).getAttribute("Name"));
        Element guest = described.get(1);
        assertEquals("Guest", guest.getAttribute("Name"));
        assertEquals("false", guest.getAttribute("Creatable"));
        assertEquals("true", guest.getAttribute("Updateable"));
        assertEquals("true", guest.getAttribute("Searchable"));
        List<Element> fields = Xml.parse(SoapXml.serialize(guest)).elements("//s1:Field");
        assertEquals(1 + 42 + 4, fields.size());
        Element last = fieldNamed(fields, "LastName");
        assertEquals("string", last.getAttribute("DataType"));
        assertEquals("50", last.getAttribute("MaxLength"));
        assertEquals("true", last.getAttribute("Searchable"));
        assertEquals("/Guest", last.getAttribute("ObjectLocation"));
        Element date = fieldNamed(fields, "RegistrationDate");
        assertEquals("Date Time", date.getAttribute("DataType"));
        assertFalse(date.hasAttribute("MaxLength"));
        assertEquals("Boolean", fieldNamed(fields, "OptedOut").getAttribute("DataType"));
        assertEquals("GUID", fieldNamed(fields, "EventID").getAttribute("DataType"));
        assertEquals("true", fieldNamed(fields, "LastModifiedDate").getAttribute("ReadOnly"));
        assertEquals("/Guest/CustomFieldDetail", fieldNamed(fields, "FieldValue").getAttribute("ObjectLocation"));
    }

    @Test
    void eventsAreRealObjects() {
        assertEquals(List.of(EVENT, OTHER_EVENT, THIRD_EVENT), ids("Search", search("Event", null)));
        assertEquals(List.of(EVENT), ids("Search", search("Event", null, filter("EventTitle", "Contains", "summit"))));
        assertEquals(List.of(THIRD_EVENT), ids("Search", search("Event", null, filter("Capacity", "Less than", "100"))));
        assertEquals(List.of(THIRD_EVENT), ids("Search", search("Event", null, filter("Hidden", "Equals", "true"))));
        assertCventFault(call("Search", search("Event", null, filter("Capacity", "Starts with", "1"))), false, "CV20015",
                "INVALID_SEARCH_OPERATOR");
        assertCventFault(call("Search", search("Event", null, filter("Capacity", "Equals", "lots"))), false, "CV20010",
                "INVALID_SEARCH_FILTER");

        SoapClient.Response r = call("Retrieve", retrieve("Event", EVENT, OTHER_EVENT));
        assertEquals(200, r.status(), r.body());
        List<Element> events = r.xml().elements("//s1:RetrieveResult/s1:CvObject");
        assertEquals(2, events.size());
        Element summit = events.get(0);
        assertEquals("Event", localXsiType(summit));
        assertEquals("Spring Summit", summit.getAttribute("EventTitle"));
        assertEquals("250", summit.getAttribute("Capacity"));
        assertEquals("false", summit.getAttribute("Hidden"));
        assertEquals("2026-04-01T09:00:00", summit.getAttribute("EventStartDate"));
        assertTrue(summit.hasAttribute("City") && summit.getAttribute("City").isEmpty());
        assertFalse(summit.getAttribute("LastModifiedDate").isEmpty());
        assertEquals("Hall A", ((Element) summit.getElementsByTagNameNS(Xml.S1, "CustomFieldDetail").item(0)).getAttribute("FieldValue"));
        assertEquals("Id", attributeOrder(r.body(), EVENT).get(0));
        Element bare = events.get(1);
        assertEquals(OTHER_EVENT, bare.getAttribute("Id"), "an event met through UpdateGuestInfo exists with its Id only");
        assertEquals(List.of("Id"), attributeOrder(r.body(), OTHER_EVENT));

        Element guest = call("Retrieve", retrieve("Guest", "G-ANN")).xml().element("//s1:CvObject");
        assertEquals("Spring Summit", guest.getAttribute("EventTitle"), "guests report their event's title");
        assertEquals("SPR26", guest.getAttribute("EventCode"));
        assertEquals(List.of("G-ANN", "G-BOB", "G-CY"), searchGuests(filter("EventCode", "Equals", "spr26")));

        assertEquals(List.of(EVENT, THIRD_EVENT), ids("GetUpdated", changes("GetUpdated", "Event", "2000-01-01T00:00:00",
                "2999-12-31T23:59:59")));
    }

    @Test
    void aGuestWrittenByUpdateGuestInfoIsReadBackAttributeForAttributeInBothVersions() {
        try (CventMockServer own = TestEngine.builder().build().start()) {
            roundTrip(own);
        }
    }

    static void roundTrip(CventMockServer server) {
        SoapClient soap = new SoapClient(server.soapUrl());
        String token = soap.login();
        for (boolean v12 : new boolean[] {false, true}) {
            String id = v12 ? "F0000000-0000-4000-8000-000000001212" : "F0000000-0000-4000-8000-000000001111";
            java.util.Map<String, String> sent = VendorSampleTest.fullGuest(id, "m-" + v12, "Roundtrip");
            String[] custom = VendorSampleTest.twoCustomFields();
            SoapClient.Response w = v12
                    ? soap.post12("UpdateGuestInfo", Envelopes.update12(token, VendorSampleTest.EVENT, guest(sent, custom)))
                    : soap.post11("UpdateGuestInfo", Envelopes.update11(token, VendorSampleTest.EVENT, guest(sent, custom)));
            assertEquals(200, w.status(), w.body());
            SoapClient.Response r = v12
                    ? soap.post12("Retrieve", call12(token, retrieve("Guest", id)))
                    : soap.post11("Retrieve", call11(token, retrieve("Guest", id)));
            assertEquals(200, r.status(), r.body());
            Element back = r.xml().element("//s1:CvObject");
            var stored = server.guestStore().find(VendorSampleTest.EVENT, id);
            for (var e : stored.fields().entrySet()) {
                assertEquals(e.getValue(), back.getAttribute(e.getKey().wireName()), e.getKey().wireName());
            }
            assertEquals(stored.fields().size() + 1, attributeOrder(r.body(), id).size(), "no attribute more or less: " + r.body());
            sent.forEach((name, value) -> {
                if (!name.equals("MessageId") && !java.util.Set.of("CreatedDate", "CreatedBy", "LastModifiedDate",
                        "LastModifiedBy").contains(name)) {
                    assertEquals(value, back.getAttribute(name), name + " as the client sent it");
                }
            });
            List<Element> details = Xml.parse(SoapXml.serialize(back)).elements("//s1:CustomFieldDetail");
            assertEquals(2, details.size());
            assertEquals(stored.customFields().get(1).fieldValue(), details.get(1).getAttribute("FieldValue"));
            assertEquals(stored.customFields().get(1).fieldType(), details.get(1).getAttribute("FieldType"));
        }
    }

    @Test
    void resultCapsAreWholeCallFaults() {
        CventMockServer own = TestEngine.builder().build().start();
        try {
            for (int i = 0; i <= 25_000; i++) {
                own.guestStore().put(dev.cventmock.cvent.guests.Guest.of("CAP-" + i, java.util.Map.of(
                        dev.cventmock.cvent.guests.GuestField.EVENT_ID, "EVT-CAP-" + (i % 3),
                        dev.cventmock.cvent.guests.GuestField.LAST_MODIFIED_DATE, "2026-01-01T00:00:00"), List.of()));
            }
            SoapClient client = new SoapClient(own.soapUrl());
            String session = client.login();
            assertCventFault(client.post11("Search", call11(session, search("Guest", null))), false, "CV20012", "TOO_MANY_RESULTS");
            SoapClient.Response narrowed = client.post11("Search", call11(session, search("Guest", null,
                    filter("EventId", "Equals", "EVT-CAP-1"))));
            assertEquals(200, narrowed.status(), "a narrower search is answered");
            assertEquals(8_334, narrowed.xml().count("//s1:SearchResult/s1:Id"));
            assertCventFault(client.post11("GetUpdated", call11(session, changes("GetUpdated", "Guest", "2025-12-31T00:00:00",
                    "2026-01-02T00:00:00"))), false, "CV20012", "TOO_MANY_RESULTS");
        } finally {
            own.stop();
        }
    }

    static Element fieldNamed(List<Element> fields, String name) {
        return fields.stream().filter(f -> f.getAttribute("Name").equals(name)).findFirst().orElseThrow();
    }

    static String localXsiType(Element e) {
        String t = e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
        return t.substring(t.indexOf(':') + 1);
    }

    static String xsiTypeNamespace(Element e) {
        String t = e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
        int colon = t.indexOf(':');
        return e.lookupNamespaceURI(colon < 0 ? null : t.substring(0, colon));
    }

    /** The attribute names of the CvObject with this Id, in document order (DOM does not keep it). */
    static List<String> attributeOrder(String body, String id) {
        Matcher m = Pattern.compile("<(?:\\w+:)?CvObject\\s([^>]*Id=\"" + id + "\"[^>]*)>").matcher(body);
        assertTrue(m.find(), body);
        List<String> names = new ArrayList<>();
        Matcher a = Pattern.compile("([\\w:]+)=\"").matcher(m.group(1));
        while (a.find()) {
            if (!a.group(1).contains(":")) {
                names.add(a.group(1));
            }
        }
        return names;
    }
}
