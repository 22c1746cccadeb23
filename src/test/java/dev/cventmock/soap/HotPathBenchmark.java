package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.journal.CallContext;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path without HTTP: UpdateGuestInfo request bytes read (routing included), applied to the store, and answered
 * as response bytes, for 1-guest and 200-guest payloads shaped like the harness's (BenchPayloads) (the same guests rewritten each time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPathBenchmark {
    private static final XmlInput XML = XmlInput.of(dev.cventmock.http.RequestLimits.DEFAULTS);

    @Param({"1", "200"})
    int guests;

    private byte[] request;
    private V200611Operations operations;

    @Setup
    public void setUp() {
        operations = BenchPayloads.operations(new CventBackend[1]);
        request = BenchPayloads.request(guests, "bench-token").getBytes(StandardCharsets.UTF_8);
    }

    /** What the direct handler does with a plain call's body: one streaming read, the operation, the answer. */
    @Benchmark
    public byte[] updateGuestInfo() throws Exception {
        StreamingRequest in = StreamingRequest.read(XML, new RequestXml(request), SoapVersion.SOAP_11, null);
        return StreamingCall.answer(operations, SoapVersion.SOAP_11, in.operation, in, new CallContext(),
                "http://127.0.0.1/soap/V200611.ASMX", null).body();
    }

    /**
     * The same on two threads at once (both rewriting the same guests), as the server's two call workers run on a
     * two-core machine: the per-call cost the 200-guest benchmark figure is bounded by.
     */
    @Benchmark
    @Threads(2)
    public byte[] updateGuestInfoOnTwoThreads() throws Exception {
        return updateGuestInfo();
    }
}
