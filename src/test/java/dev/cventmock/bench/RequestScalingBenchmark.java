package dev.cventmock.bench;

import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestResult;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.cvent.guests.UpdatePolicy;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.bookings.GuestInput;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.ItemInput;
import dev.cventmock.xs2event.bookings.Ticket;
import dev.cventmock.xs2event.bookings.ValidationErrors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the cost of one request grows with its size, for the shapes a hostile client can inflate: custom fields of one
 * guest (stored and merged up to the per-guest limit; read and refused beyond it, over HTTP), and XS2event guest data
 * naming the guests of a large booking order. Each shape runs at a base size N and at 10·N ({@code scale} 1 and 10):
 * linear work costs about ×10 at 10·N, quadratic work ×100. Run: {@code mvn -B -q -Pjmh -Djmh.bench=RequestScaling
 * -DskipTests test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RequestScalingBenchmark {
    private static final String EVENT = "EVT-SCALE";

    @Param({"1", "10"})
    int scale;

    private GuestService guests;
    private GuestChange mergeWithinLimit;
    private CventMockServer server;
    private HttpClient http;
    private byte[] overLimitBody;
    private String token;
    private BookingOrders orders;
    private List<ItemInput> namedGuests;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // 100 / 1,000 custom fields (the per-guest limit), all already stored: every one is merged into its entry
        GuestStore store = new GuestStore();
        guests = new GuestService(store, Clock.systemUTC(), UpdatePolicy.lenient());
        mergeWithinLimit = customFields(100 * scale);
        guests.update(EVENT, List.of(mergeWithinLimit), "bench");

        // 10,000 / 100,000 custom fields for one guest, over HTTP: read, counted and refused for that guest
        server = CventMockServer.builder().journal(false, 1, 1).build().start();
        token = server.sessions().create("TEST", "test").token();
        overLimitBody = updateWithCustomFields(10_000 * scale);
        http = HttpClient.newHttpClient();

        // XS2event: an order of 1,000 / 10,000 guests, and a PUT that names every one of them
        orders = new BookingOrders(Clock.systemUTC(), false);
        int n = 1_000 * scale;
        List<GuestRecord> records = new ArrayList<>();
        List<GuestInput> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("%032x_gst", i);
            records.add(new GuestRecord(id, "t1", Map.of("first_name", "G" + i)));
            inputs.add(new GuestInput(id, Map.of("first_name", "H" + i)));
        }
        orders.put(new BookingOrder("o1", null, "confirmed", List.of(new Ticket("t1", n, List.of())), records));
        namedGuests = List.of(new ItemInput("t1", inputs));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop();
    }

    private static GuestChange customFields(int n) {
        GuestChange.Builder b = GuestChange.builder().id("G1");
        for (int i = 0; i < n; i++) {
            b.customField(new CustomField("F" + i, "Field " + i, "Text", "v" + i));
        }
        return b.build();
    }

    private byte[] updateWithCustomFields(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap="
                + "\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">"
                + "<CventSessionValue>" + token + "</CventSessionValue></CventSessionHeader></soap:Header><soap:Body>"
                + "<UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\"><EventId>" + EVENT + "</EventId><Guests>"
                + "<Guest Id=\"G2\" xmlns:c=\"http://schemas.cvent.com/api/2006-11\">");
        for (int i = 0; i < n; i++) {
            b.append("<c:CustomFieldDetail FieldId=\"F").append(i).append("\" FieldValue=\"v\"/>");
        }
        b.append("</Guest></Guests></UpdateGuestInfo></soap:Body></soap:Envelope>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 100 / 1,000 stored custom fields merged with as many updates. */
    @Benchmark
    public List<GuestResult> customFieldsMergedWithinTheLimit() {
        return guests.update(EVENT, List.of(mergeWithinLimit), "bench");
    }

    /** 10,000 / 100,000 custom fields for one guest in one UpdateGuestInfo over HTTP (refused for that guest). */
    @Benchmark
    public int customFieldsBeyondTheLimitOverHttp() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.soapUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://api.cvent.com/2006-11/UpdateGuestInfo\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(overLimitBody)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
        return r.body().length;
    }

    /** 1,000 / 10,000 guests of one booking order named in one guest-data PUT. */
    @Benchmark
    public BookingOrder xs2eventGuestDataNamingEveryGuest() {
        return orders.replaceGuestData("o1", namedGuests, new ValidationErrors());
    }
}
