package dev.cventmock.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {
    static final Path SAMPLE = Path.of("src/test/resources/fixtures/sample.json");
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";

    @Test
    void theSampleFixtureLoadsAccountsSessionsAndGuestsAtStartAndAfterReset() {
        try (CventMockServer server = CventMockServer.builder().fixtures(SAMPLE).build().start()) {
            assertFixtureState(server);
            SoapClient soap = new SoapClient(server.soapUrl());
            soap.post11("UpdateGuestInfo", Envelopes.update11("sample-session-token", EVENT,
                    Envelopes.guest("Id", "794684FB-2B48-4EC8-BA98-15A6EBBD8079", "FirstName", "Changed"),
                    Envelopes.guest("Id", "NEW-GUEST")));
            assertEquals("Changed", server.guestStore().find(EVENT, "794684FB-2B48-4EC8-BA98-15A6EBBD8079").get(GuestField.FIRST_NAME));
            assertEquals(3, server.guestStore().size());

            assertEquals(200, new AdminClient(server.adminUrl()).post("/reset", "").status());
            assertFixtureState(server);
        }
    }

    private static void assertFixtureState(CventMockServer server) {
        assertEquals(2, server.guestStore().size());
        var order = server.bookingOrders().find("7f0c8d2e1b3a4c5d9e8f7a6b5c4d3e2f_bor");
        assertEquals(2, order.ticket("a5cf8e7b39c14aeba4de30a8f67b9e23_tck").quantity());
        assertEquals("waitingforendcustomer", order.guestDataStatus());
        assertTrue(order.guests().isEmpty());
        assertEquals("James", server.guestStore().find(EVENT, "794684FB-2B48-4EC8-BA98-15A6EBBD8079").get(GuestField.FIRST_NAME));
        SoapClient soap = new SoapClient(server.soapUrl());
        assertNotNull(soap.login("ACME", "api_user", "s3cret"));
        assertTrue(soap.post11("Login", Envelopes.login11("TEST", "test", "test")).body().contains("Access is denied."),
                "fixture accounts replace the default account");
        assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11("sample-session-token", EVENT)).status(),
                "the fixture's session is live");
    }

    @Test
    void aFolderOfFixturesIsReadInNameOrder() {
        try (CventMockServer server = CventMockServer.builder().fixtures(Path.of("src/test/resources/fixtures/folder")).build().start()) {
            assertEquals("Folder", server.guestStore().find("EVT-FOLDER", "G-1").get(GuestField.LAST_NAME));
            new SoapClient(server.soapUrl()).login("FOLDER", "one", "pw1");
        }
    }

    @Test
    void aBadFixtureStopsTheStartWithTheFileAndProblem(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\": [{\"EventId\": \"E\", \"guests\": [{\"Id\": \"G\", \"Shoe\": 1}]}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CventMockServer.builder().fixtures(bad).build());
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("unknown attribute 'Shoe'"), e.getMessage());
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CventMockServer.builder().fixtures(notJson).build())
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CventMockServer.builder().fixtures(dir.resolve("missing.json")).build())
                .getMessage().contains("fixtures not found"));
    }
}
