package dev.cventmock.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that open a request and then stall (slowloris) more numerous than the worker threads: they are cut
 * off by the idle timeout, and a well-behaved client is still served meanwhile. Loopback only, bounded count.
 */
class FloodTest {
    static final int STALLED = 150;

    @Test
    void stalledClientsAreCutOffAndOthersAreStillServed() throws Exception {
        try (CventMockServer server = CventMockServer.builder().maxThreads(64).idleTimeout(Duration.ofSeconds(2)).build().start()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < STALLED; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                    s.setSoTimeout(15_000);
                    OutputStream out = s.getOutputStream();
                    out.write(("POST /soap/V200611.ASMX HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<soap:")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    stalled.add(s);
                }
                assertEquals(200, servedWithRetries(server).status(), "a well-behaved client is served during the flood");

                int closed = 0;
                for (Socket s : stalled) {
                    if (answeredOrClosed(s)) {
                        closed++;
                    }
                }
                assertEquals(STALLED, closed, "every stalled client was cut off by the timeout");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            assertTrue(server.isRunning());
        }
    }

    /** A client that retries (at most 20 times, 0.5 s apart), as clients of a struggling server do. */
    private static SoapClient.Response servedWithRetries(CventMockServer server) throws InterruptedException {
        SoapClient soap = new SoapClient(server.soapUrl());
        AssertionError last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), "EVT-FLOOD", Envelopes.guest("Id", "G1")));
            } catch (AssertionError e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }

    /** True when the server answered (an error) or closed the connection within the socket timeout. */
    private static boolean answeredOrClosed(Socket s) {
        try {
            InputStream in = s.getInputStream();
            return in.read() >= -1;
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }
}
