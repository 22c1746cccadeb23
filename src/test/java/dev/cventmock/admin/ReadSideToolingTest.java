package dev.cventmock.admin;

import static dev.cventmock.testing.Envelopes.call11;
import static dev.cventmock.testing.Envelopes.filter;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.retrieve;
import static dev.cventmock.testing.Envelopes.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test tool's comforts on the read side: the journal, fault rules and the daily quota apply to it as to writes. */
class ReadSideToolingTest {
    static final String EVENT = "EVT-READ-TOOLS";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create();

    AdminClient admin;
    SoapClient soap;
    String token;

    @BeforeEach
    void clients(CventMockServer server) {
        server.reset();
        admin = new AdminClient(server.adminUrl());
        soap = new SoapClient(server.soapUrl());
        token = soap.login();
        assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G-1"), guest("Id", "G-2"))).status());
    }

    @Test
    void theJournalNamesTheOperationTheEventAndTheIds() {
        soap.post11("Search", call11(token, search("Guest", null, filter("EventId", "Equals", EVENT))));
        soap.post11("Retrieve", call11(token, retrieve("Guest", "G-2", "G-1")));
        JsonNode searches = admin.get("/requests?operation=Search").json().get("requests");
        assertEquals(1, searches.size());
        assertEquals(EVENT, searches.get(0).get("eventId").asText());
        JsonNode retrieves = admin.get("/requests?operation=Retrieve").json().get("requests");
        assertEquals(1, retrieves.size());
        List<String> ids = new ArrayList<>();
        retrieves.get(0).get("guestIds").forEach(n -> ids.add(n.asText()));
        assertEquals(List.of("G-2", "G-1"), ids);
    }

    @Test
    void faultRulesMatchTheReadOperations() {
        assertEquals(201, admin.post("/faults", """
                {"match": {"operation": "Retrieve", "guestId": "G-2"},
                 "action": {"type": "soapFault", "code": "CV10000", "string": "UNKNOWN_EXCEPTION"}, "times": 1}""").status());
        assertEquals(201, admin.post("/faults", """
                {"match": {"operation": "Search"}, "action": {"type": "httpStatus", "status": 503, "body": "busy"}, "times": 1}""").status());
        assertEquals(200, soap.post11("Retrieve", call11(token, retrieve("Guest", "G-1"))).status(), "another guest: no match");
        SoapClient.Response faulted = soap.post11("Retrieve", call11(token, retrieve("Guest", "G-1", "G-2")));
        assertEquals(500, faulted.status());
        assertTrue(faulted.body().contains("CV10000"), faulted.body());
        assertEquals(503, soap.post11("Search", call11(token, search("Guest", null))).status());
        assertEquals(200, soap.post11("Search", call11(token, search("Guest", null))).status(), "both rules are spent");
    }

    @Test
    void readsCountAgainstTheDailyQuota(CventMockServer server) {
        assertEquals(200, admin.post("/cvent/quota/reset", "").status());
        server.cvent().quota().limit(2);
        try {
            assertEquals(200, soap.post11("Search", call11(token, search("Guest", null))).status());
            assertEquals(200, soap.post11("Retrieve", call11(token, retrieve("Guest", "G-1"))).status());
            SoapClient.Response over = soap.post11("DescribeGlobal", call11(token, Envelopes.describeGlobal()));
            assertEquals(500, over.status());
            assertTrue(over.body().contains("CV30100"), over.body());
        } finally {
            server.cvent().quota().limit(0);
        }
    }
}
