package dev.cventmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: flags, their environment variables and defaults, help, and how bad input is reported. */
class CommandLineTest {
    private static Flags.Parsed parse(Map<String, String> env, String... args) {
        return Settings.FLAGS.parse(List.of(args), env);
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
        assertEquals("60", parse(Map.of("CVENT_MOCK_MAX_XML_ATTRIBUTES", "60")).get("max-xml-attributes"));
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
        assertEquals("invalid value for --port: 'http' is not a whole number from 0 to 65535",
                assertThrows(Flags.Invalid.class, () -> parse(Map.of(), "--port", "http")).getMessage());
        assertEquals("invalid value for CVENT_MOCK_PORT (--port): '70000' is not a whole number from 0 to 65535",
                assertThrows(Flags.Invalid.class, () -> parse(Map.of("CVENT_MOCK_PORT", "70000"))).getMessage());
    }

    @Test
    void runPrintsHelpAndVersionAndExitsZero() {
        Output help = run(Map.of(), "--help");
        assertEquals(0, help.code);
        for (Flags.Flag f : Settings.FLAGS.all()) {
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
        assertEquals("cvent-mock: invalid value for CVENT_MOCK_SESSION_LIFETIME (--session-lifetime): 'forever' is not a "
                + "duration (examples: 90s, 30m, 1h, PT1H)\n", badEnv.err);
    }

    /** Every flag that can hold a bad value, with values it refuses: exit code 2 and one line naming flag and value. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            port                     | http
            port                     | 70000
            port                     | -1
            public-url               | not a url
            public-url               | ftp://host/x
            accounts                 | /no/such/accounts.json
            accounts                 | @malformed-json
            accounts                 | @no-accounts
            session-lifetime         | forever
            session-lifetime         | 0s
            max-guests-per-call      | 0
            max-guests-per-call      | many
            strict                   | yes
            lockout-threshold        | 0
            fixtures                 | /no/such/fixtures.json
            fixtures                 | @malformed-json
            daily-quota              | -1
            journal                  | maybe
            journal-max-entries      | 0
            journal-max-bytes        | 0
            xs2event-api-keys        | ','
            xs2event-rate-limit      | -1
            xs2event-rate-limit      | NaN
            soap-engine              | fast
            max-body-bytes           | 0
            max-xml-depth            | 3
            max-xml-attributes       | 10
            max-xml-attribute-length | 255
            max-connections          | 0
            data-dir                 | @a-file
            https-port               | 70000
            https-port               | -1
            http                     | maybe
            http                     | false
            tls-hosts                | ','
            tls-dir                  | @a-file
            tls-keystore             | /no/such/keystore.p12
            tls-keystore             | @a-file
            """)
    void everyBadValueStopsTheStartWithExitCodeTwoNamingTheFlag(String flag, String value, @TempDir Path dir) throws IOException {
        String given = switch (value) {
            case "@malformed-json" -> Files.writeString(dir.resolve("bad.json"), "{\"accounts\": [").toString();
            case "@no-accounts" -> Files.writeString(dir.resolve("none.json"), "{\"accounts\": []}").toString();
            case "@a-file" -> Files.writeString(dir.resolve("file"), "x").toString();
            default -> value;
        };
        String https = flag.startsWith("tls-") ? "--https-port=0" : "--port=0"; // TLS settings count only with HTTPS on
        Output o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(Map.of(), "--port", "0", https, "--" + flag + "=" + given));
        assertEquals(2, o.code, o.err);
        assertEquals(1, o.err.lines().count(), "one line: " + o.err);
        assertTrue(o.err.startsWith("cvent-mock: invalid value for --" + flag + ": "), o.err);
        assertTrue(o.err.contains(given), "the value is named: " + o.err);
    }

    @Test
    void aTakenPortOrADataDirectoryInUseStopsTheStartWithExitCodeTwo(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Output o = run(Map.of(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, o.code, o.err);
            assertTrue(o.err.startsWith("cvent-mock: invalid value for --host or --port: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort()), o.err);
        }
        try (CventMockServer holder = CventMockServer.builder().dataDir(dir).build().start()) {
            Output o = run(Map.of(), "--port", "0", "--data-dir", dir.toString());
            assertEquals(2, o.code, o.err);
            assertEquals(1, o.err.lines().count(), o.err);
            assertTrue(o.err.contains(dir.toString()) && o.err.contains("in use") && o.err.contains("pid "), o.err);
        }
    }

    /** The builder reads the same declarations: a value the command line refuses, the builder refuses, naming the flag. */
    @Test
    void theBuilderChecksValuesAgainstTheFlagsDeclarations() {
        Map<String, Runnable> bad = new java.util.LinkedHashMap<>();
        bad.put("port", () -> CventMockServer.builder().port(70000));
        bad.put("https-port", () -> CventMockServer.builder().httpsPort(-1));
        bad.put("max-events", () -> CventMockServer.builder().maxEvents(0));
        bad.put("max-guests-per-call", () -> CventMockServer.builder().maxGuestsPerCall(0));
        bad.put("lockout-threshold", () -> CventMockServer.builder().lockoutThreshold(0));
        bad.put("daily-quota", () -> CventMockServer.builder().dailyQuota(-1));
        bad.put("journal-max-entries", () -> CventMockServer.builder().journal(true, 0, 0));
        bad.put("xs2event-rate-limit", () -> CventMockServer.builder().xs2eventRateLimit(Double.NaN));
        bad.put("xs2event-api-keys", () -> CventMockServer.builder().xs2eventApiKeys(Set.of()));
        bad.put("session-lifetime", () -> CventMockServer.builder().sessionLifetime(Duration.ZERO));
        bad.put("public-url", () -> CventMockServer.builder().publicBaseUrl("ftp://host/x"));
        bad.put("max-connections", () -> CventMockServer.builder().maxConnections(0));
        bad.forEach((flag, set) -> {
            CventMockServer.InvalidSetting e = assertThrows(CventMockServer.InvalidSetting.class, set::run, flag);
            assertEquals(flag, e.setting());
        });
        for (Flags.Flag f : Settings.FLAGS.all()) { // every default the builder takes from a declaration is one it accepts
            if (f.defaultValue() != null) {
                f.type().convert(f.defaultValue());
            }
        }
        assertEquals(Settings.defaultNumber("max-events"), Long.parseLong(Settings.FLAGS.flag("max-events").defaultValue()));
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
