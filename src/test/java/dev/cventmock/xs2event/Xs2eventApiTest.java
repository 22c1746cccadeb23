package dev.cventmock.xs2event;

import static dev.cventmock.xs2event.SeedBodies.ORDER;
import static dev.cventmock.xs2event.SeedBodies.TICKET;
import static dev.cventmock.xs2event.SeedBodies.guest;
import static dev.cventmock.xs2event.SeedBodies.order;
import static dev.cventmock.xs2event.SeedBodies.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.AdminClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Xs2eventApiTest {
    static final String GUESTDATA = "/v1/bookingorders/" + ORDER + "/guestdata";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.xs2eventApiKeys(java.util.Set.of("test", "team-key")));

    AdminClient api;
    AdminClient admin;

    @BeforeEach
    void clients(CventMockServer server) {
        api = new AdminClient(server.baseUrl(), Map.of("X-Api-Key", "test"));
        admin = new AdminClient(server.adminUrl());
    }

    JsonNode firstGuest(JsonNode reply) {
        return reply.get("items").get(0).get("guests").get(0);
    }

    void seedOrder(int quantity, String requirements) {
        assertEquals(201, admin.put("/xs2event/bookingorders/" + ORDER, order(quantity, requirements)).status());
    }

    static void assert422(AdminClient.Reply r, String path, String fragment) {
        assertEquals(422, r.status(), r.text());
        JsonNode error = r.json().get("errors").get(path);
        assertTrue(error != null && error.asText().contains(fragment), path + " should say '" + fragment + "': " + r.text());
    }

    @Test
    void theSeedBodyIsAcceptedAndEchoedWithAnAssignedGuestId() {
        AdminClient.Reply r = api.put(GUESTDATA, put(guest(null)));
        assertEquals(200, r.status(), r.text());
        assertEquals(ORDER, r.json().get("bookingorder_id").asText());
        JsonNode item = r.json().get("items").get(0);
        assertEquals(TICKET, item.get("ticket_id").asText());
        assertEquals(1, item.get("quantity").asInt());
        JsonNode g = item.get("guests").get(0);
        assertTrue(g.get("guest_id").asText().matches("[0-9a-f]{32}_gst"), g.toString());
        assertEquals("John", g.get("first_name").asText());
        assertEquals(true, g.get("lead_guest").asBoolean());
        assertEquals("NLD", g.get("country_of_residence").asText());
        assertEquals("ac8e9e918b4b4756b0f32e583a9cb3e4_tck", g.get("ticket_id").asText(), "the guest's own ticket_id as given");
        assertEquals("5e3ae0658c9e405a9a62367293b8f56b_rsv", g.get("reservation_id").asText());
        assertTrue(g.get("conditions").isObject(), "conditions are the server's");

        JsonNode again = api.get(GUESTDATA).json();
        assertEquals(g, firstGuest(again));
        assertEquals(g, api.get(GUESTDATA + "/" + g.get("guest_id").asText()).json());
    }

    @Test
    void aPutWithoutADeclaredLengthIsAnsweredAsOneWithIt(CventMockServer server) throws Exception {
        String id = firstGuest(api.put(GUESTDATA, put(guest(null))).json()).get("guest_id").asText();
        String body = put(guest("\"guest_id\": \"" + id + "\", \"city\": \"Utrecht\""));
        AdminClient.Reply withLength = api.put(GUESTDATA, body); // served on the direct path
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + GUESTDATA))
                        .header("X-Api-Key", "test").header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()); // no length: the servlet serves it

        assertEquals(200, withLength.status(), withLength.text());
        assertEquals(200, chunked.statusCode(), chunked.body());
        assertEquals(withLength.json(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(chunked.body()));
        assertEquals(withLength.contentType(), chunked.headers().firstValue("Content-Type").orElse(null));
        JsonNode journal = admin.get("/requests?limit=2").json().get("requests");
        assertEquals("PutGuestData", journal.get(0).get("operation").asText());
        assertEquals("PutGuestData", journal.get(1).get("operation").asText());
        assertEquals(ORDER, journal.get(1).get("eventId").asText(), journal.toString());
    }

    /** A PUT of these bytes labelled with this media type (null: none), with a length or chunked. */
    private static java.net.http.HttpResponse<String> putRaw(CventMockServer server, String contentType, byte[] body,
                                                            boolean chunked) throws Exception {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + GUESTDATA))
                .header("X-Api-Key", "test")
                .PUT(chunked ? java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, chunked {1}")
    @org.junit.jupiter.params.provider.CsvSource({"text/plain, false", "text/plain, true",
        "application/x-www-form-urlencoded, false", "application/xml, true", "application/json; charset=iso-8859-1, false"})
    void aBodyThatIsNotLabelledJsonIs415AndChangesNothing(String contentType, boolean chunked, CventMockServer server) throws Exception {
        java.net.http.HttpResponse<String> r = putRaw(server, contentType, put(guest(null)).getBytes(java.nio.charset.StandardCharsets.UTF_8), chunked);
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("message").asText().contains("application/json"), r.body());
        assertEquals(null, server.bookingOrders().find(ORDER));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"application/json", "application/json; charset=utf-8",
        "Application/JSON;charset=\"UTF-8\"", "none"})
    void jsonWithAUtf8CharsetOrNoneIsAccepted(String contentType, CventMockServer server) throws Exception {
        java.net.http.HttpResponse<String> r = putRaw(server, contentType.equals("none") ? null : contentType,
                put(guest(null)).getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void invalidUtf8InTheJsonIs400(CventMockServer server) throws Exception {
        byte[] body = put(guest("\"first_name\": \"A@@B\"")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).replace("@@", "\u00C0\u00AF");
        java.net.http.HttpResponse<String> r = putRaw(server, "application/json", text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(null, server.bookingOrders().find(ORDER));
    }

    @Test
    void aPutReplacesAllGuestDataAndKeepsGivenIds() {
        seedOrder(3, "[]");
        String id = firstGuest(api.put(GUESTDATA, put(guest(null), guest("\"lead_guest\": false, \"first_name\": \"Jane\""))).json())
                .get("guest_id").asText();
        AdminClient.Reply r = api.put(GUESTDATA, put(guest("\"guest_id\": \"" + id + "\", \"city\": \"Utrecht\"")));
        assertEquals(200, r.status(), r.text());
        JsonNode guests = r.json().get("items").get(0).get("guests");
        assertEquals(1, guests.size(), "the second guest is gone: PUT replaces");
        assertEquals(id, guests.get(0).get("guest_id").asText());
        assertEquals("Utrecht", guests.get(0).get("city").asText());
    }

    @Nested
    class Validation {
        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
            "date_of_birth|\"30-01-1991\"|YYYY-MM-DD",
            "date_of_birth|\"1991-02-30\"|not a real date",
            "date_of_birth|\"2999-01-01\"|future",
            "gender|\"other\"|male, female, unknown",
            "country_of_residence|\"nld\"|alpha-3",
            "country_of_residence|\"XYZ\"|alpha-3",
            "country_of_residence|\"NL\"|alpha-3",
            "contact_email|\"user(at)example.com\"|e-mail",
            "contact_phone|\"0031123456789\"|+ followed by 6 to 15 digits",
            "contact_phone|\"+123\"|+ followed by 6 to 15 digits",
            "lead_guest|\"yes\"|true or false",
            "first_name|42|a string",
            "shoe_size|\"44\"|not a known guest field"})
        void eachFieldRuleRejectsTheBadValue(String field, String json, String fragment) {
            AdminClient.Reply r = api.put(GUESTDATA, put(guest("\"" + field + "\": " + json)));
            assert422(r, "items[0].guests[0]." + field, fragment);
            assertEquals(1, r.json().get("errors").size(), r.text());
        }

        @Test
        void unknownGenderIsAccepted() {
            assertEquals(200, api.put(GUESTDATA, put(guest("\"gender\": \"unknown\""))).status());
        }

        @Test
        void anItemMustNameATicketOfTheBookingOrder() {
            seedOrder(2, "[]");
            AdminClient.Reply r = api.put(GUESTDATA, "{\"items\": [{\"ticket_id\": \"ffffffffffffffffffffffffffffffff_tck\", \"guests\": [" + guest(null) + "]}]}");
            assert422(r, "items[0].ticket_id", "is not a ticket of booking order");
        }

        @Test
        void aTicketGetsAtMostQuantityGuests() {
            seedOrder(2, "[]");
            String g = guest("\"lead_guest\": false");
            assertEquals(200, api.put(GUESTDATA, put(g, g)).status());
            assert422(api.put(GUESTDATA, put(g, g, g)), "items[0].guests", "at most 2");
        }

        @Test
        void aGivenGuestIdMustBelongToTheBookingOrder() {
            seedOrder(2, "[]");
            assert422(api.put(GUESTDATA, put(guest("\"guest_id\": \"0123456789abcdef0123456789abcdef_gst\""))),
                    "items[0].guests[0].guest_id", "is not a guest of booking order");
        }

        @Test
        void atMostOneLeadGuestPerBookingOrder() {
            seedOrder(2, "[]");
            assert422(api.put(GUESTDATA, put(guest(null), guest(null))), "items[0].guests[1].lead_guest", "only one lead guest");
        }

        @Test
        void everyProblemIsListedAtOnce() {
            seedOrder(1, "[]");
            AdminClient.Reply r = api.put(GUESTDATA, put(
                    guest("\"date_of_birth\": \"1991-13-01\", \"gender\": \"x\", \"contact_phone\": \"12\", \"colour\": \"red\""),
                    guest("\"country_of_residence\": \"nl\", \"contact_email\": \"nope\"")));
            assertEquals(422, r.status());
            assertEquals(List.of("items[0].guests[0].colour", "items[0].guests", "items[0].guests[0].contact_phone",
                    "items[0].guests[0].date_of_birth", "items[0].guests[0].gender", "items[0].guests[1].contact_email",
                    "items[0].guests[1].country_of_residence", "items[0].guests[1].lead_guest").stream().sorted().toList(),
                    iterable(r.json().get("errors").fieldNames()).stream().sorted().toList());
            assertEquals("the guest data is invalid; nothing was changed", r.json().get("message").asText());
        }

        @Test
        void malformedJsonIs400() {
            AdminClient.Reply r = api.put(GUESTDATA, "{\"items\": [");
            assertEquals(400, r.status());
            assertTrue(r.json().get("message").asText().startsWith("malformed JSON"), r.text());
            assertEquals(400, api.put(GUESTDATA, "").status());
            assert422(api.put(GUESTDATA, "{\"things\": []}"), "items", "is required");
        }

        @Test
        void aRejectedPutChangesNothing() {
            seedOrder(2, "[]");
            JsonNode before = api.put(GUESTDATA, put(guest(null))).json();
            assertEquals(422, api.put(GUESTDATA, put(guest("\"lead_guest\": false, \"first_name\": \"Valid\""), guest("\"gender\": \"?\""))).status());
            assertEquals(before, api.get(GUESTDATA).json(), "all or nothing");

            String unknown = "/v1/bookingorders/00000000000000000000000000000000_bor/guestdata";
            assertEquals(422, api.put(unknown, put(guest("\"gender\": \"?\""))).status());
            assertEquals(404, api.get(unknown).status(), "a rejected PUT does not create the booking order either");
        }
    }

    @Nested
    class Access {
        @Test
        void everyRouteNeedsAKnownApiKey() {
            AdminClient anonymous = new AdminClient(cvent.baseUrl());
            for (String path : List.of(GUESTDATA, "/v1/bookingorders/" + ORDER, "/v1/tickets/" + TICKET + "/guestdata")) {
                AdminClient.Reply r = anonymous.get(path);
                assertEquals(401, r.status(), path);
                assertTrue(r.contentType().startsWith("application/json"));
                assertEquals("missing X-Api-Key header", r.json().get("message").asText());
            }
            assertEquals(401, new AdminClient(cvent.baseUrl(), Map.of("X-Api-Key", "wrong")).put(GUESTDATA, put(guest(null))).status());
            assertEquals(200, new AdminClient(cvent.baseUrl(), Map.of("X-Api-Key", "team-key")).put(GUESTDATA, put(guest(null))).status());
        }

        @Test
        void unknownThingsAre404() {
            assertEquals(404, api.get("/v1/bookingorders/nope_bor").status());
            assertEquals(404, api.get("/v1/bookingorders/nope_bor/guestdata").status());
            api.put(GUESTDATA, put(guest(null)));
            assertEquals(404, api.get(GUESTDATA + "/nope_gst").status());
            assertEquals(404, api.put(GUESTDATA + "/nope_gst", guest(null)).status());
            assertEquals(404, api.get("/v1/tickets/nope_tck/guestdata").status());
            assertEquals(404, api.get("/v1/nothing/here").status());
            assertEquals(405, api.send("DELETE", GUESTDATA, null).status());
        }

        @Test
        void strictModeDoesNotCreateBookingOrders() {
            try (CventMockServer strict = CventMockServer.builder().strict(true).build().start()) {
                AdminClient client = new AdminClient(strict.baseUrl(), Map.of("X-Api-Key", "test"));
                AdminClient.Reply r = client.put(GUESTDATA, put(guest(null)));
                assertEquals(404, r.status());
                assertTrue(r.json().get("message").asText().contains(ORDER));
            }
        }
    }

    @Test
    void oneGuestCanBeReadAndReplaced() {
        seedOrder(2, "[]");
        JsonNode all = api.put(GUESTDATA, put(guest(null), guest("\"lead_guest\": false, \"first_name\": \"Jane\""))).json();
        String john = firstGuest(all).get("guest_id").asText();
        String jane = all.get("items").get(0).get("guests").get(1).get("guest_id").asText();

        AdminClient.Reply r = api.put(GUESTDATA + "/" + jane, "{\"first_name\": \"Janet\", \"lead_guest\": false, \"city\": \"Delft\"}");
        assertEquals(200, r.status(), r.text());
        assertEquals("Janet", r.json().get("first_name").asText());
        assertEquals(jane, r.json().get("guest_id").asText());
        assertTrue(r.json().get("last_name").isNull(), "PUT replaces the guest's fields");
        assertEquals("Delft", api.get(GUESTDATA + "/" + jane).json().get("city").asText());
        assert422(api.put(GUESTDATA + "/" + jane, "{\"lead_guest\": true}"), "lead_guest", john);
        assert422(api.put(GUESTDATA + "/" + jane, "{\"date_of_birth\": \"soon\"}"), "date_of_birth", "YYYY-MM-DD");
    }

    @Test
    void statusAndConditionsFollowTheData() {
        seedOrder(2, "[{\"fields\": [\"first_name\", \"last_name\"], \"scope\": \"all_persons\", \"condition\": \"pre_checkout\"},"
                + " {\"fields\": [\"passport_number\"], \"scope\": \"lead_guest\", \"condition\": \"pre_download\"}]");
        assertEquals("waitingforendcustomer", api.get("/v1/bookingorders/" + ORDER).json().get("guestdata_status").asText());
        JsonNode req = api.get("/v1/tickets/" + TICKET + "/guestdata").json().get("guest_data_requirements");
        assertEquals("[[\"first_name\",\"last_name\",\"all_persons\",\"pre_checkout\"],[\"passport_number\",\"lead_guest\",\"pre_download\"]]",
                req.toString());

        api.put(GUESTDATA, put(guest("\"passport_number\": null")));
        assertEquals("waitingforendcustomer", api.get("/v1/bookingorders/" + ORDER).json().get("guestdata_status").asText(),
                "one of two persons, and no passport for the lead guest");

        JsonNode detailed = firstGuest(api.get(GUESTDATA + "?include_conditions=true").json());
        assertEquals("John", detailed.get("first_name").get("value").asText());
        assertEquals("pre_checkout", detailed.get("first_name").get("condition").asText());
        assertTrue(detailed.get("first_name").get("error").isNull());
        assertEquals("pre_download", detailed.get("passport_number").get("condition").asText());
        assertEquals("required pre_download", detailed.get("passport_number").get("error").asText());
        assertTrue(detailed.get("city").get("condition").isNull());
        assertTrue(detailed.get("lead_guest").isBoolean(), "lead_guest stays plain");
        assertTrue(detailed.get("guest_id").isTextual(), "guest_id stays plain");

        api.put(GUESTDATA, put(guest(null), guest("\"lead_guest\": false, \"first_name\": \"Jane\", \"passport_number\": null")));
        assertEquals("completed", api.get("/v1/bookingorders/" + ORDER).json().get("guestdata_status").asText());

        admin.put("/xs2event/bookingorders/" + ORDER, order(1, "[]"));
        assertEquals("notapplicable", api.get("/v1/bookingorders/" + ORDER).json().get("guestdata_status").asText());
    }

    @Test
    void sortingAndCountryHintShapeTheAnswer() {
        seedOrder(3, "[]");
        api.put(GUESTDATA, put(guest("\"last_name\": \"Zee\""), guest("\"lead_guest\": false, \"last_name\": \"Aap\", \"country_of_residence\": null")));
        JsonNode sorted = api.get(GUESTDATA + "?sorting=last_name&country_hint=BEL").json().get("items").get(0).get("guests");
        assertEquals("Aap", sorted.get(0).get("last_name").asText());
        assertEquals("BEL", sorted.get(0).get("country_of_residence").asText(), "the hint fills a missing country");
        assertEquals("NLD", sorted.get(1).get("country_of_residence").asText());
        assertEquals("Zee", api.get(GUESTDATA + "?sorting=-last_name").json().get("items").get(0).get("guests").get(0).get("last_name").asText());
        assertEquals(400, api.get(GUESTDATA + "?sorting=shoe").status());
        assertEquals(400, api.get(GUESTDATA + "?country_hint=nl").status());
        assertEquals(400, api.get(GUESTDATA + "?include_conditions=maybe").status());
    }

    @Test
    void theJournalFaultRulesAndResetCoverTheRestApi(CventMockServer server) {
        api.put(GUESTDATA, put(guest(null)));
        JsonNode entry = admin.get("/requests").json().get("requests").get(0);
        assertEquals("REST", entry.get("protocol").asText());
        assertEquals("PutGuestData", entry.get("operation").asText());
        assertEquals(ORDER, entry.get("eventId").asText());
        assertEquals(1, admin.post("/requests/count", "{\"operation\": \"PutGuestData\", \"eventId\": \"" + ORDER + "\"}").json().get("count").asInt());

        admin.post("/faults", "{\"match\": {\"operation\": \"PutGuestData\", \"eventId\": \"" + ORDER + "\"}, "
                + "\"action\": {\"type\": \"httpStatus\", \"status\": 503, \"body\": \"{\\\"message\\\": \\\"maintenance\\\"}\"}, \"times\": 1}");
        AdminClient.Reply faulted = api.put(GUESTDATA, put(guest(null)));
        assertEquals(503, faulted.status());
        assertEquals("maintenance", faulted.json().get("message").asText());
        assertEquals(200, api.put(GUESTDATA, put(guest(null))).status());

        assertFalse(server.bookingOrders().list().isEmpty());
        admin.post("/reset", "");
        assertTrue(server.bookingOrders().list().isEmpty());
    }

    @Test
    void aDroppedReadIsJournaledWithNoResponse() {
        api.put(GUESTDATA, put(guest(null)));
        admin.post("/faults", "{\"match\": {\"operation\": \"GetGuestData\"}, \"action\": {\"type\": \"dropConnection\"}, \"times\": 1}");
        // the JDK's client sends a GET again when its connection closes without an answer: the second one is served
        assertEquals(200, api.get(GUESTDATA).status());

        JsonNode calls = admin.get("/requests?operation=GetGuestData&outcome=http-error").json().get("requests");
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(0, calls.get(0).get("response").get("status").asInt(), "nothing was sent: " + calls.get(0));
        assertTrue(calls.get(0).get("result").asText().startsWith("connection dropped"), calls.toString());
    }

    @Test
    void concurrentPutsLeaveOneOfThemNeverAMix() throws Exception {
        seedOrder(4, "[]");
        int writers = 6;
        List<Thread> threads = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String name = "W" + w;
            threads.add(new Thread(() -> {
                for (int n = 0; n < 15; n++) {
                    String g = "{\"first_name\": \"" + name + "\", \"last_name\": \"" + name + "-" + n + "\"}";
                    assertEquals(200, api.put(GUESTDATA, put(g, g, g, g)).status());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(60_000);
        }
        JsonNode guests = api.get(GUESTDATA).json().get("items").get(0).get("guests");
        assertEquals(4, guests.size());
        String last = guests.get(0).get("last_name").asText();
        for (JsonNode g : guests) {
            assertEquals(last, g.get("last_name").asText(), "all four guests come from the same PUT: " + guests);
        }
        assertNotEquals("", last);
    }

    @Test
    void theRateLimitAnswers503BeyondTheBudget() {
        try (CventMockServer limited = CventMockServer.builder().xs2eventRateLimit(5).build().start()) {
            AdminClient client = new AdminClient(limited.baseUrl(), Map.of("X-Api-Key", "test"));
            int ok = 0;
            int refused = 0;
            for (int i = 0; i < 20; i++) {
                AdminClient.Reply r = client.get("/v1/tickets/" + TICKET + "/guestdata");
                if (r.status() == 503) {
                    refused++;
                    assertTrue(r.json().get("message").asText().contains("rate limit"));
                } else {
                    ok++;
                }
            }
            assertTrue(ok >= 5 && refused >= 10, "ok " + ok + ", refused " + refused);
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
