package dev.cventmock.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import jakarta.xml.ws.Holder;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 example of docs/testing-in-a-jvm.md, kept compiling and passing. */
class GuestSyncTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    static final String GUEST = "794684FB-2B48-4EC8-BA98-15A6EBBD8079";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.fixtures(Path.of("src/test/resources/fixtures/sample.json")));

    @Test
    void updateGuestInfoLandsInTheStore(CventMockServer server) throws Exception {
        V200611Soap port = new V200611(new URL(server.wsdlUrl())).getV200611Soap();  // client generated from the WSDL
        CventSessionHeader session = new CventSessionHeader();
        session.setCventSessionValue(port.login("ACME", "api_user", "s3cret").getCventSessionHeader());
        Guest guest = new Guest();
        guest.setId(GUEST);
        guest.setCity("Austin");
        ArrayOfGuest guests = new ArrayOfGuest();
        guests.getGuest().add(guest);

        port.updateGuestInfo(EVENT, guests, new Holder<>(session));

        var stored = server.guestStore().find(EVENT, GUEST);
        assertEquals("Austin", stored.get(GuestField.CITY));
        assertEquals("James", stored.get(GuestField.FIRST_NAME));        // from the fixture, left as it was
        assertEquals("api_user", stored.get(GuestField.LAST_MODIFIED_BY));
        assertEquals(1, server.journal().count("UpdateGuestInfo", EVENT, GUEST));
    }
}
