package dev.cventmock.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.CvObject;
import com.cvent.schemas.api._2006_11.CvObjectType;
import com.cvent.schemas.api._2006_11.CvSearch;
import com.cvent.schemas.api._2006_11.CvSearchOperatorType;
import com.cvent.schemas.api._2006_11.CvSearchType;
import com.cvent.schemas.api._2006_11.Filter;
import com.cvent.schemas.api._2006_11.Guest;
import com.cvent.schemas.api._2006_11.IdArray;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import jakarta.xml.ws.Holder;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void aSyncJobReadsGuestsBackWithSearchAndRetrieve(CventMockServer server) throws Exception {
        V200611Soap port = new V200611(new URL(server.wsdlUrl())).getV200611Soap();
        CventSessionHeader session = new CventSessionHeader();
        session.setCventSessionValue(port.login("ACME", "api_user", "s3cret").getCventSessionHeader());
        Filter byEvent = new Filter();
        byEvent.setField("EventId");
        byEvent.setOperator(CvSearchOperatorType.EQUALS);
        byEvent.setValue(EVENT);
        CvSearch search = new CvSearch();
        search.setSearchType(CvSearchType.AND_SEARCH);
        search.getFilter().add(byEvent);

        List<String> ids = port.search(CvObjectType.GUEST, search, new Holder<>(session)).getId();
        IdArray wanted = new IdArray();
        wanted.getId().addAll(ids);
        List<CvObject> guests = port.retrieve(CvObjectType.GUEST, wanted, new Holder<>(session)).getCvObject();

        assertEquals(2, guests.size());                                  // the fixture's two guests
        Guest first = (Guest) guests.get(0);                             // xsi:type="Guest"
        assertEquals(server.guestStore().find(EVENT, first.getId()).get(GuestField.LAST_NAME), first.getLastName());
        assertEquals("GPS26", server.event(EVENT).get(EventField.EVENT_CODE)); // the fixture's event, typed
        assertEquals("GPS26", first.getEventCode());                      // and guests report it
    }
}
