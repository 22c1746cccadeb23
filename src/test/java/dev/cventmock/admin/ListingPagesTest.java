package dev.cventmock.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admin listings answer in pages: 100 by default, at most 1,000, the total and the next page in the headers. */
class ListingPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create();

    private static HttpResponse<String> get(CventMockServer server, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the next links from {@code first}; returns every page's entries, in order. */
    private static List<JsonNode> walk(CventMockServer server, String first, String arrayField) throws Exception {
        List<JsonNode> all = new java.util.ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> r = get(server, next);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            JsonNode page = arrayField == null ? body : body.get(arrayField);
            assertTrue(page.size() <= 100, "a page holds the default 100 at most");
            page.forEach(all::add);
            Matcher m = NEXT.matcher(r.headers().firstValue("Link").orElse(""));
            next = m.find() ? m.group(1) : null;
        }
        return all;
    }

    @Test
    void guestsOfAnEventComeInPagesThatTogetherHoldEveryGuestOnce(CventMockServer server) throws Exception {
        for (int i = 0; i < 250; i++) {
            server.guestStore().put(Guest.of(String.format("G%03d", i), Map.of(GuestField.EVENT_ID, "E1",
                    GuestField.LAST_NAME, i % 2 == 0 ? "Even" : "Odd"), List.of()));
        }
        HttpResponse<String> first = get(server, "/__admin/cvent/events/E1/guests");
        assertEquals("250", first.headers().firstValue("X-Total-Count").orElse(null));
        assertEquals(100, JSON.readTree(first.body()).size());

        List<JsonNode> all = walk(server, "/__admin/cvent/events/E1/guests", null);
        Set<String> ids = new HashSet<>();
        all.forEach(g -> ids.add(g.get("Id").asText()));
        assertEquals(250, all.size());
        assertEquals(250, ids.size());

        List<JsonNode> even = walk(server, "/__admin/cvent/events/E1/guests?lastName=Even&limit=40", null);
        assertEquals(125, even.size(), "filters are kept in the next links");

        HttpResponse<String> last = get(server, "/__admin/cvent/events/E1/guests?offset=240&limit=100");
        assertEquals(10, JSON.readTree(last.body()).size());
        assertFalse(last.headers().firstValue("Link").isPresent(), "the last page has no next");
    }

    @Test
    void sessionsEventsBookingOrdersAndTheJournalArePagedToo(CventMockServer server) throws Exception {
        for (int i = 0; i < 150; i++) {
            server.sessions().create("TEST", "test");
            server.guestStore().put(Guest.of("G", Map.of(GuestField.EVENT_ID, "EVT-" + i), List.of()));
        }
        assertEquals(100, JSON.readTree(get(server, "/__admin/cvent/sessions").body()).size());
        assertEquals(150, walk(server, "/__admin/cvent/sessions", null).size());
        assertEquals(150, walk(server, "/__admin/cvent/events", null).size());
        assertEquals("0", get(server, "/__admin/xs2event/bookingorders").headers().firstValue("X-Total-Count").orElse(null));
        for (int i = 0; i < 120; i++) {
            get(server, "/soap/V200611.ASMX?WSDL");
        }
        assertEquals(100, JSON.readTree(get(server, "/__admin/requests").body()).get("requests").size());
        assertTrue(walk(server, "/__admin/requests", "requests").size() >= 120);
    }

    @Test
    void aLimitOutsideOneToAThousandIs400(CventMockServer server) throws Exception {
        assertEquals(400, get(server, "/__admin/cvent/sessions?limit=1001").statusCode());
        assertEquals(400, get(server, "/__admin/cvent/sessions?limit=0").statusCode());
        assertEquals(400, get(server, "/__admin/cvent/sessions?offset=-1").statusCode());
        assertEquals(200, get(server, "/__admin/cvent/sessions?limit=1000").statusCode());
    }
}
