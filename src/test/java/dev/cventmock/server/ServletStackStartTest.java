package dev.cventmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.soap.SoapEngine;
import dev.cventmock.testing.SoapClient;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * When the servlet stack is built: after start with the streaming engine (its direct handlers serve the
 * usual calls), before the port opens with the metro engine, which needs it for every SOAP call.
 */
class ServletStackStartTest {
    @Test
    void theStreamingEngineBuildsTheServletStackAfterStart() {
        Set<Thread> before = builders();
        try (CventMockServer server = CventMockServer.builder().port(0).build().start()) {
            assertTrue(builders().stream().anyMatch(t -> !before.contains(t)), "built on its own thread after start");
            assertEquals(200, new SoapClient(server.soapUrl()).get("/soap/V200611.ASMX").status(), "and served when first needed");
        }
    }

    @Test
    void theMetroEngineStartsWithTheServletStackReady() {
        Set<Thread> before = builders();
        try (CventMockServer server = CventMockServer.builder().port(0).soapEngine(SoapEngine.METRO).build().start()) {
            assertFalse(builders().stream().anyMatch(t -> !before.contains(t)), "nothing left to build after start");
            assertTrue(new SoapClient(server.soapUrl()).login().length() > 0);
        }
    }

    private static Set<Thread> builders() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("cvent-mock-servlet-init"))
                .collect(Collectors.toSet());
    }
}
