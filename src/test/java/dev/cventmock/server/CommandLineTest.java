package dev.cventmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line: flags, their environment variables and defaults, help, and how bad input is reported. */
class CommandLineTest {
    private static Flags.Parsed parse(Map<String, String> env, String... args) {
        return Main.FLAGS.parse(List.of(args), env);
    }

    @Test
    void aFlagBeatsItsEnvironmentVariableWhichBeatsTheDefault() {
        assertEquals("8080", parse(Map.of()).get("port"));
        assertEquals("9000", parse(Map.of("CVENT_MOCK_PORT", "9000")).get("port"));
        assertEquals("9001", parse(Map.of("CVENT_MOCK_PORT", "9000"), "--port", "9001").get("port"));
        assertEquals("9002", parse(Map.of("CVENT_MOCK_PORT", "9000"), "--port=9002").get("port"));
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() {
        assertEquals("127.0.0.1", parse(Map.of("CVENT_MOCK_HOST", "")).get("host"));
        assertEquals(null, parse(Map.of("CVENT_MOCK_PUBLIC_URL", "")).get("public-url"));
    }

    @Test
    void everyFlagIsReadFromItsOwnEnvironmentVariable() {
        assertEquals("/tmp/data", parse(Map.of("CVENT_MOCK_DATA_DIR", "/tmp/data")).get("data-dir"));
        assertEquals("4", parse(Map.of("CVENT_MOCK_MAX_XML_ATTRIBUTES", "4")).get("max-xml-attributes"));
        assertEquals("s3cret", parse(Map.of("CVENT_MOCK_ADMIN_TOKEN", "s3cret")).get("admin-token"));
    }

    @Test
    void aSwitchAloneMeansTrueAndMayTakeAValue() {
        assertFalse(parse(Map.of()).bool("strict"));
        assertTrue(parse(Map.of(), "--strict").bool("strict"));
        assertTrue(parse(Map.of(), "--strict", "--port", "1").bool("strict"));
        assertFalse(parse(Map.of(), "--journal=false").bool("journal"));
        assertFalse(parse(Map.of(), "--journal", "FALSE").bool("journal"));
        assertTrue(parse(Map.of("CVENT_MOCK_STRICT", "true")).bool("strict"));
    }

    @Test
    void listFlagsTakeCommasAndRepeat() {
        assertEquals(List.of("test"), parse(Map.of()).list("xs2event-api-keys"));
        assertEquals(List.of("a", "b", "c"), parse(Map.of(), "--xs2event-api-keys", "a, b", "--xs2event-api-keys=c").list("xs2event-api-keys"));
    }

    @Test
    void helpAndVersionAreRecognisedInEitherSpelling() {
        assertTrue(parse(Map.of(), "-h").help());
        assertTrue(parse(Map.of(), "--help").help());
        assertTrue(parse(Map.of(), "-V").version());
        assertTrue(parse(Map.of(), "--version").version());
    }

    @Test
    void unusableCommandLinesAreRefusedWithTheReason() {
        assertEquals("unknown flag '--prot' (see --help)", assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--prot", "1")).getMessage());
        assertEquals("--port needs a value (PORT)", assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--port")).getMessage());
        assertTrue(assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "8080")).getMessage().startsWith("unexpected argument '8080'"));
        assertTrue(assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--port", "http").number("port", 0, 65535))
                .getMessage().contains("'http' is not a whole number from 0 to 65535"));
        assertTrue(assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--port", "70000").number("port", 0, 65535))
                .getMessage().contains("'70000'"));
        assertTrue(assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--strict=yes").bool("strict"))
                .getMessage().contains("'yes' is not true or false"));
        assertTrue(assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--xs2event-rate-limit", "-1").decimal("xs2event-rate-limit"))
                .getMessage().contains("'-1' is not a number of 0 or more"));
    }

    @Test
    void runPrintsHelpAndVersionAndExitsZero() {
        Output help = run(Map.of(), "--help");
        assertEquals(0, help.code);
        for (Flags.Flag f : Main.FLAGS.all()) {
            assertTrue(help.out.contains("--" + f.name()), f.name() + " missing from help:\n" + help.out);
            assertTrue(help.out.contains(f.env()), f.env() + " missing from help:\n" + help.out);
        }
        assertTrue(help.out.lines().allMatch(l -> l.length() <= 100), help.out);
        Output version = run(Map.of(), "--version");
        assertEquals(0, version.code);
        assertTrue(version.out.startsWith("cvent-mock "), version.out);
    }

    @Test
    void runRefusesBadSettingsWithExitCodeTwoAndOnePlainLine() {
        Output badEnv = run(Map.of("CVENT_MOCK_SESSION_LIFETIME", "forever"));
        assertEquals(2, badEnv.code);
        assertEquals("cvent-mock: invalid value for --session-lifetime: 'forever' is not a duration (examples: 90s, 30m, 1h, PT1H)\n", badEnv.err);
        Output badEngine = run(Map.of(), "--soap-engine", "fast", "--port", "0");
        assertEquals(2, badEngine.code);
        assertTrue(badEngine.err.contains("streaming or metro"), badEngine.err);
        Output badKeys = run(Map.of(), "--xs2event-api-keys", ",", "--port", "0");
        assertEquals(2, badKeys.code);
        assertTrue(badKeys.err.contains("at least one XS2event API key"), badKeys.err);
    }

    private record Output(int code, String out, String err) {
    }

    private static Output run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
