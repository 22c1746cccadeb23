package dev.cventmock.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.server.CventMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks measure the work they claim to: the hot-path benchmark stores every guest of the
 * payloads and answers success, the memory benchmark stores distinct guests, and the XS2event load of bench.sh
 * is accepted. A benchmark that measured faults or refusals would report fast nonsense.
 */
class BenchmarkSmokeTest {
    @ParameterizedTest(name = "{0} guest(s)")
    @ValueSource(ints = {1, 200})
    void theHotPathBenchmarkStoresEveryGuestAndAnswersSuccess(int guests) throws Exception {
        HotPathBenchmark benchmark = new HotPathBenchmark();
        benchmark.guests = guests;
        benchmark.setUp();

        String answer = new String(benchmark.updateGuestInfo(), StandardCharsets.UTF_8);

        assertFalse(answer.contains("Fault"), answer);
        assertEquals(guests, answer.split("Success=\"true\"", -1).length - 1, answer);
    }

    @ParameterizedTest(name = "{0} guest(s)")
    @ValueSource(ints = {1, 200})
    void thePayloadsCarryEveryGuestAttributeAndTwoCustomFields(int guests) throws Exception {
        String xml = BenchPayloads.request(guests, "bench-token");
        assertEquals(xml, BenchPayloads.request(guests, "bench-token"), "the same payload every time");
        StreamingRequest in = StreamingRequest.read(XmlInput.of(dev.cventmock.http.RequestLimits.DEFAULTS),
                new RequestXml(xml.getBytes(StandardCharsets.UTF_8)), SoapVersion.SOAP_11, null);
        assertEquals(guests, in.guests.size());
        for (var g : in.guests) {
            for (var f : dev.cventmock.cvent.guests.GuestField.values()) {
                assertTrue(g.get(f) != null, f.wireName() + " is set");
            }
            assertEquals(2, g.customFields().size());
        }
        assertTrue(xml.chars().anyMatch(c -> c > 127), "non-ASCII letters, as real names have");
    }

    @Test
    void theMemoryBenchmarkStoresDistinctGuestsInEachBatch() throws Exception {
        CventBackend[] backend = new CventBackend[1];
        V200611Operations operations = BenchPayloads.operations(backend);

        RetainedHeapPerGuest.storeBatches(operations, BenchPayloads.request(200, "bench-token"), 3);

        assertEquals(600, backend[0].store().size());
    }

    @Test
    void theXs2eventLoadOfBenchShIsAccepted() throws Exception {
        String script = Files.readString(Path.of("src/bench/bench.sh"));
        Matcher path = Pattern.compile("PUT_PATH=\"([^\"]+)\"").matcher(script);
        assertTrue(path.find(), "bench.sh names the PUT path");
        byte[] body = Files.readAllBytes(Path.of("src/bench/payloads/xs2event-put.json"));
        String lua = Files.readString(Path.of("src/bench/wrk/xs2event-put.lua"));
        assertTrue(lua.contains("wrk.method = \"PUT\"") && lua.contains("\"X-Api-Key\"] = args[2] or \"test\""), lua);
        try (CventMockServer server = CventMockServer.builder().port(0).build().start()) {
            HttpRequest put = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.group(1)))
                    .header("Content-Type", "application/json").header("X-Api-Key", "test")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            for (int i = 0; i < 2; i++) { // wrk repeats the same PUT
                HttpResponse<String> r = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
            }
        }
    }
}
