package dev.cventmock.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI documents of the admin and XS2event APIs (served at /__admin/openapi.json and /v1/openapi.json) hold
 * for every route: each call below is matched to its documented operation, its request body validated against the
 * documented schema, its status required to be documented, and its answer validated against that status's schema
 * (JSON Schema 2020-12, networknt's validator). Every documented operation must be exercised, so neither the
 * document nor the server can drift from the other.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    private static final String ORDER = "7f0c8d2e1b3a4c5d9e8f7a6b5c4d3e2f_bor";
    private static final String TICKET = "a5cf8e7b39c14aeba4de30a8f67b9e23_tck";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.fixtures(Path.of("src/test/resources/fixtures/sample.json"))
            .httpsPort(0));

    private CventMockServer server;
    private JsonNode admin;
    private JsonNode xs2event;
    private final Set<String> exercised = new TreeSet<>();

    private record Reply(int status, String contentType, String body) {
        JsonNode json() throws Exception {
            return body.isEmpty() ? null : JSON.readTree(body);
        }
    }

    @Test
    void everyRouteOfBothApisAnswersAsItsDocumentSays(CventMockServer s) throws Exception {
        server = s;
        admin = JSON.readTree(send("GET", "/__admin/openapi.json", null, null).body());
        xs2event = JSON.readTree(send("GET", "/v1/openapi.json", null, null).body());
        assertEquals("3.1.0", admin.get("openapi").asText());
        assertEquals("3.1.0", xs2event.get("openapi").asText());
        call("GET", "/__admin/openapi.json", null);
        call("GET", "/v1/openapi.json", null);

        // admin: Cvent state
        call("GET", "/__admin/health", null);
        call("GET", "/__admin/settings", null);
        call("GET", "/__admin/stats", null);
        call("GET", "/__admin/cvent/guest-attributes", null);
        call("GET", "/__admin/tls/ca.pem", null);
        call("GET", "/__admin/tls/truststore.p12", null);
        call("GET", "/__admin/tls/truststore.jks", null);
        call("GET", "/__admin/cvent/events", null);
        call("GET", "/__admin/cvent/events?limit=1&offset=0", null);
        call("PUT", "/__admin/cvent/events/" + EVENT + "/guests/G+1", "{\"FirstName\": \"Ada\", \"OptedOut\": true, "
                + "\"CustomFieldDetail\": [{\"FieldId\": \"F1\", \"FieldValue\": \"x\"}]}");
        call("PUT", "/__admin/cvent/events/" + EVENT + "/guests/G+1", "{\"FirstName\": \"Ada\"}");
        call("PUT", "/__admin/cvent/events/" + EVENT + "/guests/G-2", "{\"NoSuchAttribute\": 1}");
        call("PUT", "/__admin/cvent/events/" + EVENT, "{\"EventTitle\": \"Spring Summit\", \"EventCode\": \"SPR26\", "
                + "\"Capacity\": 250, \"Hidden\": false, \"EventStartDate\": \"2026-04-01T09:00:00\", "
                + "\"CustomFieldDetail\": [{\"FieldName\": \"Venue\", \"FieldValue\": \"Hall A\"}]}");
        call("PUT", "/__admin/cvent/events/EVT-NEW", "{\"EventTitle\": \"New\"}");
        call("PUT", "/__admin/cvent/events/EVT-NEW", "{\"Capacity\": \"many\"}");
        call("GET", "/__admin/cvent/events/" + EVENT, null);
        call("GET", "/__admin/cvent/events/NOPE", null);
        call("GET", "/__admin/cvent/events", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests?lastName=Okafor&limit=5", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests?q=ada&sort=-LastName", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests?sort=Shoe", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests/G+1", null);
        call("GET", "/__admin/cvent/events/" + EVENT + "/guests/NOPE", null);
        call("DELETE", "/__admin/cvent/events/" + EVENT + "/guests/G+1", null);
        call("DELETE", "/__admin/cvent/events/NOPE", null);
        call("GET", "/__admin/cvent/accounts", null);
        call("POST", "/__admin/cvent/accounts", "{\"AccountNumber\": \"X\", \"UserName\": \"u\", \"Password\": \"p\"}");
        call("POST", "/__admin/cvent/accounts", "{\"AccountNumber\": \"X\"}");
        call("GET", "/__admin/cvent/sessions", null);
        call("POST", "/__admin/cvent/sessions", "{\"AccountNumber\": \"X\", \"UserName\": \"u\", \"token\": \"contract-token\"}");
        call("POST", "/__admin/cvent/sessions/contract-token/expire", null);
        call("POST", "/__admin/cvent/sessions/NOPE/expire", null);
        call("GET", "/__admin/cvent/quota", null);
        call("POST", "/__admin/cvent/quota/reset", null);
        // admin: XS2event state
        call("GET", "/__admin/xs2event/bookingorders", null);
        String order = "{\"bookingorder_id\": \"b1_bor\", \"status\": \"confirmed\", \"tickets\": [{\"ticket_id\": \"t1_tck\", "
                + "\"quantity\": 1, \"requirements\": [{\"fields\": [\"first_name\"], \"scope\": \"all_persons\", "
                + "\"condition\": \"pre_checkout\"}]}]}";
        call("POST", "/__admin/xs2event/bookingorders", order);
        call("PUT", "/__admin/xs2event/bookingorders/b2_bor", order.replace("b1_bor", "b2_bor"));
        call("GET", "/__admin/xs2event/bookingorders/b1_bor", null);
        call("DELETE", "/__admin/xs2event/bookingorders/b2_bor", null);
        call("GET", "/__admin/xs2event/bookingorders/b2_bor", null);
        // the journal and fault rules, with a SOAP call in the journal
        SoapClient soap = new SoapClient(server.soapUrl());
        soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login("ACME", "api_user", "s3cret"), EVENT, Envelopes.guest("Id", "G-9")));
        call("GET", "/__admin/requests", null);
        call("GET", "/__admin/requests?operation=UpdateGuestInfo&limit=1", null);
        call("GET", "/__admin/requests?bodies=false&outcome=ok&protocol=SOAP&eventId=" + EVENT + "&guestId=G-9", null);
        call("GET", "/__admin/requests?outcome=sideways", null);
        call("GET", "/__admin/requests/" + send("GET", "/__admin/requests", null, null).json().get("requests").get(0).get("id").asText(), null);
        call("GET", "/__admin/requests/0", null);
        call("POST", "/__admin/requests/count", "{\"operation\": \"UpdateGuestInfo\", \"guestId\": \"G-9\"}");
        call("DELETE", "/__admin/requests", null);
        String rule = send("POST", "/__admin/faults", "{\"match\": {\"operation\": \"Nothing\"}, \"action\": {\"type\": "
                + "\"soapFault\", \"code\": \"CV10000\", \"string\": \"UNKNOWN_EXCEPTION\"}, \"times\": 2}", null).json().get("id").asText();
        call("POST", "/__admin/faults", "{\"action\": {\"type\": \"delay\", \"ms\": 5}}");
        call("POST", "/__admin/faults", "{\"action\": {\"type\": \"teleport\"}}");
        call("GET", "/__admin/faults", null);
        call("GET", "/__admin/faults/" + rule, null);
        call("DELETE", "/__admin/faults/" + rule, null);
        call("GET", "/__admin/faults/" + rule, null);
        call("DELETE", "/__admin/faults", null);
        call("POST", "/__admin/reset", null);

        // XS2event
        Map<String, String> key = Map.of("X-Api-Key", "test");
        call("GET", "/v1/bookingorders/" + ORDER, null, key);
        call("GET", "/v1/bookingorders/nope_bor", null, key);
        call("GET", "/v1/bookingorders/" + ORDER, null, Map.of());
        String guests = "{\"items\": [{\"ticket_id\": \"" + TICKET + "\", \"guests\": [{\"first_name\": \"Ann\", \"last_name\": \"Lee\", "
                + "\"date_of_birth\": \"1990-01-02\", \"lead_guest\": true, \"passport_number\": \"X1\", \"contact_email\": \"ann@example.com\"}]}]}";
        JsonNode stored = call("PUT", "/v1/bookingorders/" + ORDER + "/guestdata", guests, key);
        call("PUT", "/v1/bookingorders/" + ORDER + "/guestdata", "{\"items\": [{\"ticket_id\": \"" + TICKET
                + "\", \"guests\": [{\"gender\": \"x\"}]}]}", key);
        call("PUT", "/v1/bookingorders/" + ORDER + "/guestdata", "{\"items\": ", key);
        callAs("text/plain", "PUT", "/v1/bookingorders/" + ORDER + "/guestdata", guests, key);
        call("GET", "/v1/bookingorders/" + ORDER + "/guestdata", null, key);
        call("GET", "/v1/bookingorders/" + ORDER + "/guestdata?include_conditions=true", null, key);
        String guestId = stored.get("items").get(0).get("guests").get(0).get("guest_id").asText();
        call("GET", "/v1/bookingorders/" + ORDER + "/guestdata/" + guestId, null, key);
        call("PUT", "/v1/bookingorders/" + ORDER + "/guestdata/" + guestId, "{\"first_name\": \"Anna\", \"lead_guest\": true}", key);
        call("GET", "/v1/bookingorders/" + ORDER + "/guestdata/nope_gst", null, key);
        call("GET", "/v1/tickets/" + TICKET + "/guestdata", null, key);

        assertEquals(operations(admin), exercisedOf("admin"), "every documented admin operation was exercised");
        assertEquals(operations(xs2event), exercisedOf("xs2event"), "every documented XS2event operation was exercised");
    }

    @Test
    void everySchemaOfBothDocumentsCompilesAndEveryReferenceResolves(CventMockServer s) throws Exception {
        server = s;
        for (String path : List.of("/__admin/openapi.json", "/v1/openapi.json")) {
            JsonNode doc = JSON.readTree(send("GET", path, null, null).body());
            List<String> refs = new ArrayList<>();
            collectRefs(doc, refs);
            for (String ref : refs) {
                assertTrue(ref.startsWith("#/") && !doc.at(ref.substring(1)).isMissingNode(), path + ": " + ref + " resolves");
            }
            doc.get("components").get("schemas").fieldNames().forEachRemaining(name ->
                    assertNotNull(schema(doc, JSON.createObjectNode().put("$ref", "#/components/schemas/" + name))));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private JsonNode call(String method, String pathAndQuery, String body) throws Exception {
        return call(method, pathAndQuery, body, Map.of());
    }

    private JsonNode call(String method, String pathAndQuery, String body, Map<String, String> headers) throws Exception {
        return callAs("application/json", method, pathAndQuery, body, headers);
    }

    /** Sends the call and checks request and answer against the document of its API; returns the answer. */
    private JsonNode callAs(String contentType, String method, String pathAndQuery, String body, Map<String, String> headers)
            throws Exception {
        boolean adminCall = pathAndQuery.startsWith("/__admin");
        JsonNode doc = adminCall ? admin : xs2event;
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        JsonNode operation = operation(doc, method, path);
        assertNotNull(operation, method + " " + path + " is documented");
        exercised.add((adminCall ? "admin " : "xs2event ") + operation.get("operationId").asText());
        Reply reply = send(method, pathAndQuery, body, contentType, headers);
        if (body != null && reply.status() < 400) {
            JsonNode requestSchema = operation.at("/requestBody/content/application~1json/schema");
            assertTrue(!requestSchema.isMissingNode(), method + " " + path + " documents its request body");
            assertValid(doc, requestSchema, JSON.readTree(body), "request of " + method + " " + pathAndQuery);
        }
        JsonNode documented = operation.at("/responses/" + reply.status());
        assertTrue(!documented.isMissingNode(), method + " " + pathAndQuery + " answered " + reply.status()
                + ", which its document does not list: " + reply.body());
        JsonNode responseSchema = documented.at("/content/application~1json/schema");
        JsonNode content = documented.get("content");
        if (responseSchema.isMissingNode() && content != null) { // a file: its documented media type, and something in it
            assertTrue(content.has(reply.contentType().split(";")[0].strip()), method + " " + pathAndQuery + " answered "
                    + reply.contentType() + ", documented " + content.fieldNames().next());
            assertTrue(!reply.body().isEmpty(), method + " " + pathAndQuery + " answered an empty file");
            return null;
        }
        if (responseSchema.isMissingNode()) {
            assertEquals("", reply.body(), method + " " + pathAndQuery + ": " + reply.status() + " is documented without a body");
            return null;
        }
        JsonNode answer = reply.json();
        assertValid(doc, responseSchema, answer, "answer " + reply.status() + " of " + method + " " + pathAndQuery);
        return answer;
    }

    private Reply send(String method, String pathAndQuery, String body, Map<String, String> headers) throws Exception {
        return send(method, pathAndQuery, body, "application/json", headers == null ? Map.of() : headers);
    }

    private Reply send(String method, String pathAndQuery, String body, String contentType, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery.replace("+", "%2B")))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** The operation whose path template matches {@code path} ({param} matches one segment), or null. */
    private static JsonNode operation(JsonNode doc, String method, String path) {
        String[] actual = path.split("/");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] template = e.getKey().split("/");
            if (template.length != actual.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                matches = template[i].startsWith("{") || template[i].equals(actual[i]);
            }
            if (matches && e.getValue().has(method.toLowerCase())) {
                return e.getValue().get(method.toLowerCase());
            }
        }
        return null;
    }

    private static Set<String> operations(JsonNode doc) {
        Set<String> ids = new TreeSet<>();
        doc.get("paths").forEach(item -> item.fields().forEachRemaining(e -> {
            if (e.getValue().has("operationId")) {
                ids.add(e.getValue().get("operationId").asText());
            }
        }));
        return ids;
    }

    private Set<String> exercisedOf(String api) {
        Set<String> ids = new TreeSet<>();
        exercised.stream().filter(s -> s.startsWith(api + " ")).forEach(s -> ids.add(s.substring(api.length() + 1)));
        return ids;
    }

    /** A schema of the document as a JSON Schema 2020-12 document of its own, its references resolved in the document. */
    private static JsonSchema schema(JsonNode doc, JsonNode schema) {
        ObjectNode standalone = JSON.createObjectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", doc.get("components"));
        standalone.set("allOf", JSON.createArrayNode().add(schema));
        return SCHEMAS.getSchema(standalone);
    }

    private static void assertValid(JsonNode doc, JsonNode schema, JsonNode instance, String what) {
        Set<ValidationMessage> problems = schema(doc, schema).validate(instance);
        assertTrue(problems.isEmpty(), what + " does not fit its document: " + problems + "\n" + instance);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
