package dev.cventmock.server;

import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.server.Flags.Flag;
import dev.cventmock.server.Flags.Kind;
import dev.cventmock.soap.SoapEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** The command line: every setting as a flag, each with an environment variable as its default. */
public final class Main {
    static final Flags FLAGS = new Flags("java -jar cvent-mock.jar",
            "Local emulator of the Cvent V200611 SOAP API (Login, UpdateGuestInfo) and the XS2event guest-data REST API.",
            "Every flag can also be set by the environment variable shown in its description; a flag given on the command line wins.",
            List.of(
                    value("port", "PORT", "8080", "Port to listen on; 0 picks a free one."),
                    value("host", "ADDRESS", "127.0.0.1", "Address to bind (0.0.0.0 for all interfaces)."),
                    value("public-url", "URL", null, "Base URL to give clients in ServerURL and the WSDL (behind Docker or a "
                            + "proxy), e.g. http://cvent-mock:8080. Default: the address each request used."),
                    value("accounts", "FILE", null, "JSON accounts file replacing the default account TEST/test/test."),
                    value("session-lifetime", "DURATION", "1h", "How long a session lives after Login (90s, 30m, 1h, PT1H)."),
                    value("max-guests-per-call", "N", "200", "Guests one UpdateGuestInfo may carry; more is fault CV20021."),
                    flag("strict", "false", "Strict mode: guests need an existing Id (CV40113, CV50103) instead of being created."),
                    value("lockout-threshold", "N", "5", "Consecutive failed logins that lock a user out for 30 minutes."),
                    value("fixtures", "PATH", null, "Fixture file, or folder of *.json fixtures: accounts, sessions, events "
                            + "and guests loaded at start and on every reset."),
                    value("daily-quota", "N", "0", "API calls per account per UTC day before fault CV30100 (Cvent's is "
                            + "10000); 0 = unlimited."),
                    flag("journal", "true", "Keep the request journal (GET /__admin/requests)."),
                    value("journal-max-entries", "N", "1000", "Journal entries kept; the oldest are evicted."),
                    value("journal-max-bytes", "BYTES", "67108864", "Memory the journal may hold, 64 MiB by default "
                            + "(bodies over 1 MiB are kept truncated)."),
                    new Flag("xs2event-api-keys", "KEY", env("xs2event-api-keys"), "test", Kind.LIST,
                            "X-Api-Key values the XS2event API accepts, comma-separated."),
                    value("xs2event-rate-limit", "N", "0", "XS2event requests per second per client address before 503; "
                            + "0 = no limit."),
                    value("soap-engine", "ENGINE", "streaming", "streaming: Login and UpdateGuestInfo read in one pass, "
                            + "anything unusual handed to Metro; metro: every call through Metro's JAX-WS runtime."),
                    value("admin-token", "TOKEN", null, "Require this token on the admin API (Authorization: Bearer TOKEN "
                            + "or X-Admin-Token)."),
                    value("max-body-bytes", "BYTES", "10485760", "Largest request body accepted, 10 MiB by default."),
                    value("max-xml-depth", "N", "100", "Deepest element nesting accepted in SOAP requests."),
                    value("max-xml-attributes", "N", "200", "Most attributes on one element."),
                    value("max-xml-attribute-length", "CHARS", "65536", "Longest attribute value."),
                    value("max-connections", "N", "1000", "Open connections at most; more wait to be accepted."),
                    value("data-dir", "DIR", null, "Keep the state (accounts, sessions, guests, booking orders) durable "
                            + "in DIR across restarts, kill -9 included. Default: memory only.")));

    private final Flags.Parsed options;
    // the values the start-up lines report as well as the builder takes, converted once
    private final Duration sessionLifetime;
    private final int maxGuestsPerCall;
    private final boolean strict;
    private final boolean journal;
    private final long dailyQuota;
    private final List<String> apiKeys;
    private final double rateLimit;
    private final SoapEngine soapEngine;

    /** Throws {@link Flags.Invalid} (or IllegalArgumentException) naming the first value that cannot be used. */
    private Main(Flags.Parsed options) {
        this.options = options;
        sessionLifetime = durationOf("session-lifetime");
        maxGuestsPerCall = options.integer("max-guests-per-call", 1);
        strict = options.bool("strict");
        journal = options.bool("journal");
        dailyQuota = options.number("daily-quota", 0, Long.MAX_VALUE);
        apiKeys = options.list("xs2event-api-keys");
        rateLimit = options.decimal("xs2event-rate-limit");
        soapEngine = SoapEngine.of(options.get("soap-engine"));
    }

    private static Flag value(String name, String label, String defaultValue, String description) {
        return new Flag(name, label, env(name), defaultValue, Kind.VALUE, description);
    }

    private static Flag flag(String name, String defaultValue, String description) {
        return new Flag(name, "BOOLEAN", env(name), defaultValue, Kind.SWITCH, description);
    }

    /** --max-body-bytes is read from CVENT_MOCK_MAX_BODY_BYTES, and so on. */
    private static String env(String flag) {
        return "CVENT_MOCK_" + flag.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        LogSetup.configure();
        System.exit(run(System.getenv(), System.out, System.err, args));
    }

    /** Parses, starts, and blocks until the JVM is asked to stop; returns the exit code. */
    static int run(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
        try {
            Flags.Parsed parsed = FLAGS.parse(List.of(args), environment);
            if (parsed.help()) {
                out.print(FLAGS.help(100));
                return 0;
            }
            if (parsed.version()) {
                out.println("cvent-mock " + Version.current());
                return 0;
            }
            Main main = new Main(parsed);
            return main.serve(main.builder().build());
        } catch (Flags.Invalid | IllegalArgumentException e) {
            err.println("cvent-mock: " + e.getMessage());
            return 2;
        } catch (Exception | Error e) {
            // Errors too: a LinkageError while stopping (the jar rebuilt under the running server) that escaped
            // here would skip System.exit, and Jetty's pool threads would keep the JVM alive after the stop
            err.println("cvent-mock: " + e);
            return 1;
        }
    }

    /** The server these options describe, not yet built. */
    private CventMockServer.Builder builder() throws IOException {
        Flags.Parsed o = options;
        CventMockServer.Builder b = CventMockServer.builder()
                .host(o.get("host"))
                .port((int) o.number("port", 0, 65535))
                .publicBaseUrl(o.get("public-url"))
                .sessionLifetime(sessionLifetime)
                .maxGuestsPerCall(maxGuestsPerCall)
                .strict(strict)
                .lockoutThreshold(o.integer("lockout-threshold", 0))
                .fixtures(pathOf("fixtures"))
                .dailyQuota(dailyQuota)
                .journal(journal, o.integer("journal-max-entries", 0), o.number("journal-max-bytes", 0, Long.MAX_VALUE))
                .xs2eventApiKeys(Set.copyOf(apiKeys))
                .xs2eventRateLimit(rateLimit)
                .soapEngine(soapEngine)
                .adminToken(o.get("admin-token"))
                .maxConnections(o.integer("max-connections", 1))
                .dataDir(pathOf("data-dir"))
                .limits(new RequestLimits(o.number("max-body-bytes", 1, Long.MAX_VALUE), o.integer("max-xml-depth", 1),
                        o.integer("max-xml-attributes", 0), o.integer("max-xml-attribute-length", 0),
                        RequestLimits.DEFAULTS.maxXmlTextLength()));
        Path accounts = pathOf("accounts");
        if (accounts != null) {
            try {
                b.accounts(AccountsFile.read(accounts));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("accounts file not found: " + accounts.toAbsolutePath());
            }
        }
        return b;
    }

    private Duration durationOf(String name) {
        try {
            return HumanDuration.parse(options.get(name));
        } catch (IllegalArgumentException e) {
            throw new Flags.Invalid("invalid value for --" + name + ": " + e.getMessage());
        }
    }

    private Path pathOf(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    /** Starts the server, logs what it offers, and waits for SIGTERM or SIGINT. */
    private int serve(CventMockServer built) throws InterruptedException {
        Logger log = LoggerFactory.getLogger("cvent-mock");
        CventMockServer server = built.start();
        List<Account> list = server.logins().accountList().stream().toList();
        log.info("accounts: {}{}", list, options.get("accounts") == null ? " (the default; --accounts FILE replaces it)" : "");
        if (options.get("fixtures") != null) {
            log.info("fixtures: {} ({} guests)", options.get("fixtures"), server.guestStore().size());
        }
        log.info("admin API: {}/health, journal {}, daily quota {}", server.adminUrl(), journal ? "on" : "off",
                dailyQuota == 0 ? "unlimited" : dailyQuota + " calls");
        log.info("XS2event API: {}/v1 (X-Api-Key {}), rate limit {}", server.baseUrl(),
                apiKeys.equals(List.of("test")) ? "test" : apiKeys.size() + " key(s)",
                rateLimit == 0 ? "none" : rateLimit + " requests/s per client");
        log.info("mode: {}, sessions live {}, at most {} guests per call, SOAP engine {}",
                strict ? "strict" : "lenient", sessionLifetime, maxGuestsPerCall, soapEngine.name().toLowerCase(Locale.ROOT));
        String host = options.get("host");
        if (!isLoopback(host)) {
            log.warn("bound to {}: the emulator is reachable from other machines{}", host,
                    options.get("admin-token") == null ? ", and its admin API has no token (--admin-token)" : "");
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        // SIGTERM/SIGINT end the wait below, so the JVM then exits normally with status 0 and every shutdown
        // hook (JFR, logging) still runs; a JVM ended by the signal's default action would exit 143
        for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(signal), s -> stopRequested.countDown());
        }
        Thread fallback = new Thread(server::stop, "cvent-mock-shutdown"); // for any other way the JVM ends
        Runtime.getRuntime().addShutdownHook(fallback);
        stopRequested.await();
        log.info("stopping: no new connections, finishing calls in flight");
        server.stop();
        log.info("stopped");
        return 0;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
