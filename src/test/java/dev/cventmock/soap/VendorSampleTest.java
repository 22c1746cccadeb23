package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** The vendor's UpdateGuestInfo sample envelopes, filled with realistic values, answered in the vendor's shape. */
class VendorSampleTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(TestEngine::applyTo);

    CventMockServer server;
    SoapClient soap;
    String token;

    @BeforeEach
    void clients(CventMockServer server) {
        this.server = server;
        this.soap = new SoapClient(server.soapUrl());
        this.token = soap.login();
    }


    /** Every attribute of the vendor sample, in its order, with a realistic value. */
    static Map<String, String> fullGuest(String id, String messageId, String firstName) {
        Map<String, String> a = new LinkedHashMap<>();
        if (id != null) {
            a.put("Id", id);
        }
        if (messageId != null) {
            a.put("MessageId", messageId);
        }
        a.putAll(Envelopes.pairs("EventID", EVENT, "ContactID", "54B09DCF-DBE6-4590-AFF3-D6EE56C54811",
                "EventTitle", "2026 Global Partner Summit & Expo", "EventCode", "GPS26", "GuestConfirmationNumber", "3LY22RRRV2L",
                "RegistrationID", "5ED2672B-78CD-4682-93DF-2F09ABA6ED5C", "FirstName", firstName, "MiddleName", "A.",
                "LastName", "Okafor", "Nickname", "Jim", "Gender", "Male", "DateOfBirth", "1960-01-01T00:00:00",
                "SocialSecurityNumber", "900-70-1000", "NationalIdentificationNumber", "NIN40000000", "PassportNumber", "X51000000",
                "PassportCountry", "United States", "Company", "Northwind Traders", "Designation", "Director of Partnerships",
                "Title", "Mr.", "Phone", "+1 512-555-0100", "Mobile", "+1 737-555-0100", "Email", "james.okafor@northwind.example.com",
                "CCEmail", "events-admin@northwind.example.com", "Address1", "1200 Congress Ave", "Address2", "Suite 100",
                "Address3", "Attn: Travel Desk", "City", "Austin", "State", "TX", "RegistrationDate", "2026-01-01T08:00:00",
                "CreatedDate", "2026-01-01T08:00:00", "CreatedBy", "api_sync", "LastModifiedDate", "2026-10-01T14:00:00",
                "LastModifiedBy", "api_sync", "LastOptOutDate", "0001-01-01T00:00:00", "OptedOut", "false", "Participant", "true",
                "Status", "Accepted", "Country", "United States", "CountryCode", "US", "PostalCode", "78701", "IsObfuscated", "false",
                "NationalProviderIdentifier", "1003000000"));
        return a;
    }

    static String[] twoCustomFields() {
        return new String[] {
            customField("26AC4D7B-3644-49A8-B034-8456D926DA98", "Dietary Restrictions", "Choice (Single Answer)", "None"),
            customField("8E3B9D45-C6AC-4FE9-8A3A-1D40849B4A20", "Session Track", "Choice (Multiple Answers)", "Data Platform; Security")};
    }

    @Test
    void soap11SampleWithAndWithoutIdAndMessageId() {
        String body = Envelopes.update11(token, EVENT,
                guest(fullGuest("794684FB-2B48-4EC8-BA98-15A6EBBD8079", "msg-0001", "James"), twoCustomFields()),
                guest(withoutConfirmation(fullGuest(null, null, "Jane")), twoCustomFields()));
        SoapClient.Response r = soap.post11("UpdateGuestInfo", body);

        assertEquals(200, r.status(), r.body());
        assertEquals("text/xml;charset=utf-8", r.contentType().replace(" ", "").toLowerCase());
        Xml xml = r.xml();
        assertResponseShape(xml, "soap", token);
        List<Element> results = xml.elements("/soap:Envelope/soap:Body/tns:UpdateGuestInfoResponse/s1:UpdateGuestInfoResult/s1:UpdateGuestResult");
        assertEquals(2, results.size());

        Element first = results.get(0);
        assertEquals("794684FB-2B48-4EC8-BA98-15A6EBBD8079", first.getAttribute("Id"));
        assertEquals("msg-0001", first.getAttribute("ReferenceId"));
        assertEquals("true", first.getAttribute("Success"));
        assertEquals(0, first.getChildNodes().getLength(), "no Errors element on success");

        Element second = results.get(1);
        assertTrue(second.getAttribute("Id").matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}"), second.getAttribute("Id"));
        assertFalse(second.hasAttribute("ReferenceId"), "no ReferenceId when no MessageId was sent");
        assertEquals("true", second.getAttribute("Success"));

        Guest stored = server.guestStore().find(EVENT, "794684FB-2B48-4EC8-BA98-15A6EBBD8079");
        Map<String, String> sent = fullGuest(null, null, "James");
        for (GuestField f : GuestField.values()) {
            if (!f.isServerManaged()) {
                assertEquals(sent.get(f.wireName()), stored.get(f), f.wireName());
            }
        }
        assertEquals("test", stored.get(GuestField.LAST_MODIFIED_BY));
        assertEquals(List.of(
                new CustomField("26AC4D7B-3644-49A8-B034-8456D926DA98", "Dietary Restrictions", "Choice (Single Answer)", "None"),
                new CustomField("8E3B9D45-C6AC-4FE9-8A3A-1D40849B4A20", "Session Track", "Choice (Multiple Answers)", "Data Platform; Security")),
                stored.customFields());
        assertEquals("Jane", server.guestStore().find(EVENT, second.getAttribute("Id")).get(GuestField.FIRST_NAME));
    }

    @Test
    void soap12SampleIsAnsweredInSoap12() {
        String body = Envelopes.update12(token, EVENT,
                guest(fullGuest("A1B2C3D4-0000-4000-8000-000000000001", "m-12", "Ada"), twoCustomFields()),
                guest(withoutConfirmation(fullGuest("A1B2C3D4-0000-4000-8000-000000000002", null, "Bea"))));
        SoapClient.Response r = soap.post12("UpdateGuestInfo", body);

        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().toLowerCase().startsWith("application/soap+xml"), r.contentType());
        Xml xml = r.xml();
        assertResponseShape(xml, "soap12", token);
        List<Element> results = xml.elements("/soap12:Envelope/soap12:Body/tns:UpdateGuestInfoResponse/s1:UpdateGuestInfoResult/s1:UpdateGuestResult");
        assertEquals(List.of("A1B2C3D4-0000-4000-8000-000000000001", "A1B2C3D4-0000-4000-8000-000000000002"),
                results.stream().map(e -> e.getAttribute("Id")).toList());
        assertEquals("m-12", results.get(0).getAttribute("ReferenceId"));
        assertFalse(results.get(1).hasAttribute("ReferenceId"));
        assertEquals("Ada", server.guestStore().find(EVENT, "A1B2C3D4-0000-4000-8000-000000000001").get(GuestField.FIRST_NAME));
    }

    @Test
    void loginAnswersInTheVendorsShape() {
        for (String version : List.of("soap", "soap12")) {
            SoapClient.Response r = version.equals("soap")
                    ? soap.post11("Login", Envelopes.login11("TEST", "test", "test"))
                    : soap.post12("Login", Envelopes.login12("TEST", "test", "test"));
            assertEquals(200, r.status(), r.body());
            Xml xml = r.xml();
            assertEquals(0, xml.count("/" + version + ":Envelope/" + version + ":Header/*"), "Login has no header");
            Element result = xml.element("/" + version + ":Envelope/" + version + ":Body/tns:LoginResponse/s1:LoginResult");
            assertEquals("true", result.getAttribute("LoginSuccess"));
            assertEquals(server.soapUrl(), result.getAttribute("ServerURL"));
            assertTrue(result.getAttribute("CventSessionHeader").length() >= 40);
            assertFalse(result.hasAttribute("ErrorMessage"));
            assertNull(result.getAttributeNode("LoginSuccess").getNamespaceURI(), "attributes are unqualified");
        }
    }

    static void assertResponseShape(Xml xml, String env, String token) {
        String root = "/" + env + ":Envelope";
        assertEquals(1, xml.count(root));
        assertEquals(token, xml.text(root + "/" + env + ":Header/tns:CventSessionHeader/tns:CventSessionValue"),
                "the session header comes back as sent");
        assertEquals(1, xml.count(root + "/" + env + ":Body/tns:UpdateGuestInfoResponse/s1:UpdateGuestInfoResult"));
        assertEquals(0, xml.count(root + "/" + env + ":Body//s1:Errors"));
    }

    private static Map<String, String> withoutConfirmation(Map<String, String> attributes) {
        attributes.remove("GuestConfirmationNumber");
        return attributes;
    }
}
