package com.example.guestsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.Guest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import jakarta.xml.ws.Holder;
import java.net.URL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** A team's test of its Cvent client, with cvent-mock as a test dependency beside the team's own libraries. */
class GuestSyncTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create();

    @Test
    void theTeamsOwnClientWritesAGuestThatTheEmulatorStores(CventMockServer server) throws Exception {
        V200611Soap port = new V200611(new URL(server.wsdlUrl())).getV200611Soap(); // the team's wsimport output
        CventSessionHeader session = new CventSessionHeader();
        session.setCventSessionValue(port.login("TEST", "test", "test").getCventSessionHeader());
        Guest guest = new Guest();
        guest.setId("G-1");
        guest.setFirstName("Ada");
        ArrayOfGuest guests = new ArrayOfGuest();
        guests.getGuest().add(guest);

        var results = port.updateGuestInfo(EVENT, guests, new Holder<>(session));

        assertTrue(results.getUpdateGuestResult().get(0).isSuccess());
        assertEquals("Ada", server.guestStore().find(EVENT, "G-1").get(GuestField.FIRST_NAME));
    }

    @Test
    void theTeamsOwnLibrariesAreTheOnesInUse() throws Exception {
        assertTrue(LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback"),
                "Logback is the SLF4J backend: " + LoggerFactory.getILoggerFactory().getClass());
        assertEquals("2.15.4", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(3, new ObjectMapper().readTree("{\"a\": 3}").get("a").asInt());
        String junit = Test.class.getPackage().getImplementationVersion();
        assertTrue(junit == null || junit.startsWith("5.10"), "JUnit " + junit);
    }

    @Nested
    class WithinANestedClass {
        @Test
        void theOuterServerIsShared(CventMockServer server) {
            assertTrue(server.isRunning());
            assertEquals(cvent.server(), server);
        }
    }
}
