package dev.cventmock.soapui;

import dev.cventmock.testing.TestEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SoapUI project under src/test/soapui, replayed against the emulator with its property transfers and
 * assertions, one dynamic test per SoapUI test case: the project users open in SoapUI stays correct.
 */
class SoapUiProjectTest {
    static final Path PROJECT = Path.of("src/test/soapui/cvent-mock-soapui-project.xml");

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(TestEngine::applyTo);

    @TestFactory
    Stream<DynamicTest> everySoapUiTestCasePasses() throws Exception {
        CventMockServer server = cvent.server();
        SoapUiReplay replay = new SoapUiReplay(PROJECT, Map.of("endpoint", server.soapUrl()));
        return replay.testCases().entrySet().stream().map(tc -> DynamicTest.dynamicTest(tc.getKey(), () -> {
            SoapUiReplay.Result result = replay.run(tc.getValue());
            assertEquals(List.of(), result.failures(), "SoapUI assertions that failed");
            assertTrue(result.requests() > 0 && result.assertions() > 0);
        }));
    }

    @Test
    void theProjectCoversTheAgreedFlow() throws Exception {
        SoapUiReplay replay = new SoapUiReplay(PROJECT, Map.of());
        assertEquals(List.of("V200611 TestSuite / Login and UpdateGuestInfo", "V200611 TestSuite / Search and Retrieve",
                "V200611 TestSuite / Bad session"),
                List.copyOf(replay.testCases().keySet()));
        var steps = SoapUiReplay.children(replay.testCases().get("V200611 TestSuite / Login and UpdateGuestInfo"), "testStep")
                .stream().map(e -> e.getAttribute("type") + ":" + e.getAttribute("name")).toList();
        assertEquals(List.of("properties:Properties", "request:Login", "transfer:Transfer session",
                "request:UpdateGuestInfo - 1 guest", "request:UpdateGuestInfo - 3 guests"), steps);
        assertEquals(List.of("properties:Properties", "request:Login", "transfer:Transfer session", "request:UpdateGuestInfo",
                "request:Search", "transfer:Transfer found id", "request:Retrieve"),
                SoapUiReplay.children(replay.testCases().get("V200611 TestSuite / Search and Retrieve"), "testStep").stream()
                        .map(e -> e.getAttribute("type") + ":" + e.getAttribute("name")).toList());
    }

    @Test
    void aBrokenExpectationIsCaught() throws Exception {
        // the replay must be able to fail: against a server with no such account, Login's assertions fail
        try (CventMockServer other = TestEngine.builder().account(new dev.cventmock.cvent.accounts.Account("X", "y", "z")).build().start()) {
            SoapUiReplay replay = new SoapUiReplay(PROJECT, Map.of("endpoint", other.soapUrl()));
            SoapUiReplay.Result result = replay.run(replay.testCases().get("V200611 TestSuite / Login and UpdateGuestInfo"));
            assertTrue(result.failures().stream().anyMatch(f -> f.startsWith("Login / LoginSuccess is true")), result.failures().toString());
        }
    }
}
