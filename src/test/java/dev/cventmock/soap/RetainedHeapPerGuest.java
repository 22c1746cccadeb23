package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.journal.CallContext;
import java.lang.management.ManagementFactory;

/**
 * Memory benchmark: stores 100,000 guests shaped like the 200-guest benchmark payload (500 UpdateGuestInfo calls
 * through the streaming reader, each with fresh guest ids) and reports the heap the store retains per guest.
 *
 *   mvn -B -q -Pjmh -DskipTests test   (runs it after the JMH benchmarks)
 */
public final class RetainedHeapPerGuest {
    private static final XmlInput XML = XmlInput.of(dev.cventmock.http.RequestLimits.DEFAULTS);
    static final int GUESTS = 100_000;

    private RetainedHeapPerGuest() {
    }

    public static void main(String[] args) throws Exception {
        CventBackend[] backend = new CventBackend[1];
        V200611Operations operations = BenchPayloads.operations(backend);
        GuestStore store = backend[0].store();
        String template = BenchPayloads.request(200, "bench-token");
        // warm up the classes and the reader on a throw-away store first, so they are not counted
        byte[] warm = BenchPayloads.withFreshIds(template);
        StreamingRequest w = StreamingRequest.read(XML, new RequestXml(warm), SoapVersion.SOAP_11, SoapOperation.UPDATE_GUEST_INFO);
        operations.updateGuestInfo(new CallContext(), w.eventId, w.guests, "bench-token", null);
        store.clear();

        long before = usedAfterGc();
        storeBatches(operations, template, GUESTS / 200);
        long after = usedAfterGc();
        if (store.size() != GUESTS) {
            throw new IllegalStateException("stored " + store.size() + " guests, expected " + GUESTS);
        }
        System.out.printf("RESULT retained_heap_per_guest_bytes=%d guests=%d retained_mb=%.1f%n",
                (after - before) / GUESTS, GUESTS, (after - before) / 1048576.0);
    }

    /** Sends the 200-guest template {@code batches} times, each time with fresh guest ids. */
    static void storeBatches(V200611Operations operations, String template, int batches) throws Exception {
        for (int batch = 0; batch < batches; batch++) {
            byte[] body = BenchPayloads.withFreshIds(template);
            StreamingRequest in = StreamingRequest.read(XML, new RequestXml(body), SoapVersion.SOAP_11, SoapOperation.UPDATE_GUEST_INFO);
            operations.updateGuestInfo(new CallContext(), in.eventId, in.guests, "bench-token", null);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
