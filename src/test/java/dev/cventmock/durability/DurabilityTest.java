package dev.cventmock.durability;

import static dev.cventmock.testing.Envelopes.guest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, what was acknowledged is there after a restart; compaction and reset included. */
class DurabilityTest {
    static final String EVENT = "EVT-DURABLE";
    static final String ORDER = "0123456789abcdef0123456789abcdef_bor";

    @TempDir
    Path dir;

    @Test
    void guestsSessionsAccountsAndBookingOrdersSurviveARestart() {
        String token;
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).build().start()) {
            AdminClient admin = new AdminClient(first.adminUrl());
            admin.post("/cvent/accounts", "{\"AccountNumber\": \"ACME\", \"UserName\": \"api\", \"Password\": \"pw\"}");
            SoapClient soap = new SoapClient(first.soapUrl());
            token = soap.login("ACME", "api", "pw");
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G1", "FirstName", "Ann", "OptedOut", "true"),
                    guest("Id", "G2", "FirstName", "Bo")));
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G1", "City", "Austin")));
            admin.delete("/cvent/events/" + EVENT + "/guests/G2");
            AdminClient api = new AdminClient(first.baseUrl(), Map.of("X-Api-Key", "test"));
            assertEquals(200, api.put("/v1/bookingorders/" + ORDER + "/guestdata",
                    "{\"items\": [{\"ticket_id\": \"t1_tck\", \"guests\": [{\"first_name\": \"Cy\", \"guest_id\": null}]}]}").status());
        }
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).build().start()) {
            var g1 = second.guestStore().find(EVENT, "G1");
            assertEquals("Ann", g1.get(GuestField.FIRST_NAME));
            assertEquals("Austin", g1.get(GuestField.CITY));
            assertEquals("true", g1.get(GuestField.OPTED_OUT));
            assertNull(second.guestStore().find(EVENT, "G2"), "the deletion was durable too");
            SoapClient soap = new SoapClient(second.soapUrl());
            assertEquals(200, soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G3"))).status(),
                    "the session from before the restart is still valid");
            soap.login("ACME", "api", "pw");
            assertEquals("Cy", second.bookingOrders().find(ORDER).guests().get(0).fields().get("first_name"));
        }
    }

    @Test
    void eventsSurviveARestartAndACompaction() {
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).compactAfterBytes(2_000).build().start()) {
            AdminClient admin = new AdminClient(first.adminUrl());
            assertEquals(201, admin.put("/cvent/events/" + EVENT, "{\"EventTitle\": \"Durable Days\", \"Capacity\": 30, "
                    + "\"CustomFieldDetail\": [{\"FieldName\": \"Venue\", \"FieldValue\": \"Hall B\"}]}").status());
            SoapClient soap = new SoapClient(first.soapUrl());
            String token = soap.login();
            for (int i = 0; i < 20; i++) { // enough records to compact
                soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G" + i, "FirstName", "Guest " + i)));
            }
            assertEquals(201, admin.put("/cvent/events/EVT-SECOND", "{\"EventCode\": \"TWO\"}").status());
        }
        assertTrue(java.nio.file.Files.exists(dir.resolve("snapshot.dat")), "the log was compacted");
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).build().start()) {
            var event = second.event(EVENT);
            assertEquals("Durable Days", event.get(EventField.EVENT_TITLE));
            assertEquals("30", event.get(EventField.CAPACITY));
            assertEquals("Hall B", event.customFields().get(0).fieldValue());
            assertEquals("TWO", second.event("EVT-SECOND").get(EventField.EVENT_CODE));
            assertEquals(20, second.guestStore().guests(EVENT).size());
        }
    }

    @Test
    void aFirstStartRecordsTheFixturesAndLaterStartsDoNotReloadThem() {
        Path fixtures = Path.of("src/test/resources/fixtures/sample.json");
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).fixtures(fixtures).build().start()) {
            assertEquals(2, first.guestStore().size());
            assertEquals("GPS26", first.event("6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C").get(EventField.EVENT_CODE), "the fixture's event");
            new AdminClient(first.adminUrl()).delete("/cvent/events/6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C/guests/794684FB-2B48-4EC8-BA98-15A6EBBD8079");
        }
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).fixtures(fixtures).build().start()) {
            assertEquals(1, second.guestStore().size(), "the recovered state wins over the fixtures");
            new SoapClient(second.soapUrl()).login("ACME", "api_user", "s3cret");
            new AdminClient(second.adminUrl()).post("/reset", "");
            assertEquals(2, second.guestStore().size(), "reset goes back to the fixtures");
        }
        try (CventMockServer third = CventMockServer.builder().dataDir(dir).build().start()) {
            assertEquals(2, third.guestStore().size(), "and the reset itself was durable");
        }
    }

    @Test
    void aTornLastRecordIsSkippedAndTheServerStillStarts() throws Exception {
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).build().start()) {
            SoapClient soap = new SoapClient(first.soapUrl());
            String token = soap.login();
            soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G1", "FirstName", "Kept")));
        }
        Path log = dir.resolve("changes.log");
        Files.write(log, new byte[] {0, 0, 1, 0, 42, 42, 42}, java.nio.file.StandardOpenOption.APPEND); // a write cut short
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).build().start()) {
            assertEquals("Kept", second.guestStore().find(EVENT, "G1").get(GuestField.FIRST_NAME));
            SoapClient soap = new SoapClient(second.soapUrl());
            soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), EVENT, guest("Id", "G2")));
        }
        try (CventMockServer third = CventMockServer.builder().dataDir(dir).build().start()) {
            assertEquals(2, third.guestStore().size(), "records written after the torn one are recovered too");
        }
    }

    @Test
    void theLogIsCompactedIntoASnapshotAndBothAreRecovered() throws Exception {
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).compactAfterBytes(5_000).build().start()) {
            SoapClient soap = new SoapClient(first.soapUrl());
            String token = soap.login();
            for (int i = 0; i < 60; i++) {
                soap.post11("UpdateGuestInfo", Envelopes.update11(token, EVENT, guest("Id", "G" + (i % 7), "FirstName", "v" + i)));
            }
        }
        assertTrue(Files.exists(dir.resolve("snapshot.dat")), "a snapshot was written");
        assertTrue(Files.size(dir.resolve("changes.log")) < 5_000, "and the log started again");
        try (CventMockServer second = CventMockServer.builder().dataDir(dir).build().start()) {
            assertEquals(7, second.guestStore().size());
            for (int g = 0; g < 7; g++) {
                int last = 59 - ((59 - g) % 7);
                assertEquals("v" + last, second.guestStore().find(EVENT, "G" + g).get(GuestField.FIRST_NAME));
            }
        }
    }

    @Test
    void aSessionRetiredByTheUsersBoundStaysRetiredAfterARestart() {
        String first;
        String last;
        try (CventMockServer server = CventMockServer.builder().dataDir(dir).maxSessionsPerUser(2).build().start()) {
            first = server.sessions().create("TEST", "test").token();
            server.sessions().create("TEST", "test");
            last = server.sessions().create("TEST", "test").token();
        }
        try (CventMockServer again = CventMockServer.builder().dataDir(dir).maxSessionsPerUser(2).build().start()) {
            assertTrue(again.sessions().check(first) instanceof dev.cventmock.cvent.accounts.SessionCheck.Unknown);
            assertTrue(again.sessions().check(last) instanceof dev.cventmock.cvent.accounts.SessionCheck.Valid);
            assertEquals(2, again.sessions().size());
        }
    }

    /** Files of {@code dir} this JVM holds open (Linux: /proc/self/fd). */
    private static java.util.List<String> openFilesIn(Path dir) throws java.io.IOException {
        java.util.List<String> open = new java.util.ArrayList<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(dir.toRealPath())) {
                        open.add(target.toString());
                    }
                } catch (java.io.IOException gone) {
                    // closed while listing
                }
            }
        }
        return open;
    }

    @Test
    void aServerThatIsBuiltButNeverStartedHoldsNothingOpen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Files.createDirectories(dir);
        CventMockServer built = CventMockServer.builder().dataDir(dir).build();
        assertEquals(java.util.List.of(), openFilesIn(dir));
        built.close();
        try (CventMockServer other = CventMockServer.builder().dataDir(dir).build().start()) {
            assertTrue(other.isRunning(), "the directory is free for another server");
        }
        assertEquals(java.util.List.of(), openFilesIn(dir), "a stopped server holds nothing open");
    }

    @Test
    void aStartThatFailsClosesTheDataDirectoryAgain() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CventMockServer server = CventMockServer.builder().dataDir(dir).port(taken.getLocalPort()).build();
            org.junit.jupiter.api.Assertions.assertThrows(CventMockServer.InvalidSetting.class, server::start);
            assertEquals(java.util.List.of(), openFilesIn(dir));
        }
        try (CventMockServer other = CventMockServer.builder().dataDir(dir).build().start()) {
            assertTrue(other.isRunning(), "the lock was given up too");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedNamingTheDirectoryAndTheHolder() {
        try (CventMockServer first = CventMockServer.builder().dataDir(dir).build().start()) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> CventMockServer.builder().dataDir(dir).build().start());
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()) && e.getMessage().contains("in use"), e.getMessage());
            assertTrue(first.isRunning());
        }
    }
}
