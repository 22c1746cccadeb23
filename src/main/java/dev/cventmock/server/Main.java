package dev.cventmock.server;

import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.process.FatalErrors;
import dev.cventmock.server.Flags.Flag;
import dev.cventmock.server.Flags.Kind;
import dev.cventmock.server.Flags.Type;
import dev.cventmock.soap.SoapEngine;
import dev.cventmock.tls.TlsMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
                    value("port", "PORT", "8080", Type.number(0, 65535), "Port to listen on; 0 picks a free one."),
                    value("host", "ADDRESS", "127.0.0.1", Type.TEXT, "Address to bind (0.0.0.0 for all interfaces)."),
                    value("https-port", "PORT", null, Type.number(0, 65535), "Serve HTTPS too, on this port (0 picks a free "
                            + "one), with a certificate from the emulator's local CA; GET /__admin/tls/ca.pem gives the CA."),
                    flag("http", "true", "Serve plain HTTP on --port; false serves HTTPS only (needs --https-port)."),
                    value("tls-dir", "DIR", null, Type.TEXT, "Where the local CA is kept so clients keep trusting it across "
                            + "restarts. Default: DATA_DIR/tls with --data-dir, else a new CA per start."),
                    new Flag("tls-hosts", "HOST", env("tls-hosts"), String.join(", ", TlsMaterial.VENDOR_HOSTS),
                            Kind.LIST, Type.NON_EMPTY_LIST, "Host names the certificate covers beside localhost, 127.0.0.1, "
                            + "::1 and the bound and public hosts, comma-separated."),
                    value("tls-keystore", "FILE", null, Type.TEXT, "Serve HTTPS with this PKCS12 or JKS key store instead "
                            + "of a generated certificate."),
                    value("tls-keystore-password", "PASSWORD", null, Type.TEXT, "The password of --tls-keystore."),
                    value("public-url", "URL", null, Type.HTTP_URL, "Base URL to give clients in ServerURL and the WSDL (behind "
                            + "Docker or a proxy), e.g. http://cvent-mock:8080. Default: the address each request used."),
                    value("accounts", "FILE", null, Type.TEXT, "JSON accounts file replacing the default account TEST/test/test."),
                    value("session-lifetime", "DURATION", "1h", Type.POSITIVE_DURATION,
                            "How long a session lives after Login (90s, 30m, 1h, PT1H)."),
                    value("max-sessions-per-user", "N", "1000", Type.number(1, Integer.MAX_VALUE), "Sessions one user "
                            + "keeps at most, live or expired; a Login beyond it retires the user's oldest session."),
                    value("max-guests-per-call", "N", "200", Type.number(1, Integer.MAX_VALUE),
                            "Guests one UpdateGuestInfo may carry; more is fault CV20021."),
                    flag("strict", "false", "Strict mode: guests need an existing Id (CV40113, CV50103) instead of being created."),
                    value("lockout-threshold", "N", "5", Type.number(1, Integer.MAX_VALUE),
                            "Consecutive failed logins that lock a user out for 30 minutes."),
                    value("fixtures", "PATH", null, Type.TEXT, "Fixture file, or folder of *.json fixtures: accounts, sessions, "
                            + "events and guests loaded at start and on every reset."),
                    value("daily-quota", "N", "0", Type.number(0, Long.MAX_VALUE), "API calls per account per UTC day before "
                            + "fault CV30100 (Cvent's is 10000); 0 = unlimited."),
                    flag("journal", "true", "Keep the request journal (GET /__admin/requests)."),
                    value("journal-max-entries", "N", "1000", Type.number(1, Integer.MAX_VALUE),
                            "Journal entries kept; the oldest are evicted."),
                    value("journal-max-bytes", "BYTES", null, Type.number(1, Long.MAX_VALUE), "Memory the journal may "
                            + "hold (bodies over 1 MiB are kept truncated). Default: 64 MiB, or an eighth of a smaller heap."),
                    value("max-guests", "N", null, Type.number(1, Long.MAX_VALUE), "Cvent guests stored at most, all "
                            + "events together; beyond it UpdateGuestInfo is fault CV10000 and the admin API 507. Default: "
                            + "what half the heap holds (logged at start)."),
                    value("max-events", "N", "100000", Type.number(1, Long.MAX_VALUE), "Cvent events stored at most."),
                    value("max-booking-orders", "N", "10000", Type.number(1, Long.MAX_VALUE),
                            "XS2event booking orders stored at most; beyond it 507."),
                    value("max-xs2event-guests", "N", null, Type.number(1, Long.MAX_VALUE), "XS2event guests stored at "
                            + "most, all booking orders together; beyond it 507. Default: what an eighth of the heap holds."),
                    new Flag("xs2event-api-keys", "KEY", env("xs2event-api-keys"), "test", Kind.LIST, Type.NON_EMPTY_LIST,
                            "X-Api-Key values the XS2event API accepts, comma-separated."),
                    value("xs2event-rate-limit", "N", "0", Type.decimal(0), "XS2event requests per second per client "
                            + "address before 503; 0 = no limit."),
                    value("soap-engine", "ENGINE", "streaming", Type.oneOf("streaming", "metro"), "streaming: Login and "
                            + "UpdateGuestInfo read in one pass, anything unusual handed to Metro; metro: every call through "
                            + "Metro's JAX-WS runtime."),
                    value("admin-token", "TOKEN", null, Type.TEXT, "Require this token on the admin API (Authorization: "
                            + "Bearer TOKEN or X-Admin-Token)."),
                    value("max-body-bytes", "BYTES", "10485760", Type.number(RequestLimits.MIN_BODY_BYTES, Long.MAX_VALUE),
                            "Largest request body accepted, 10 MiB by default."),
                    value("max-xml-depth", "N", "100", Type.number(RequestLimits.MIN_XML_DEPTH, Integer.MAX_VALUE),
                            "Deepest element nesting accepted in SOAP requests."),
                    value("max-xml-attributes", "N", "200", Type.number(RequestLimits.MIN_XML_ATTRIBUTES, Integer.MAX_VALUE),
                            "Most attributes on one element."),
                    value("max-xml-attribute-length", "CHARS", "65536",
                            Type.number(RequestLimits.MIN_XML_ATTRIBUTE_LENGTH, Integer.MAX_VALUE), "Longest attribute value."),
                    value("max-connections", "N", "1000", Type.number(1, Integer.MAX_VALUE),
                            "Open connections at most; more wait to be accepted."),
                    value("data-dir", "DIR", null, Type.TEXT, "Keep the state (accounts, sessions, guests, booking orders) "
                            + "durable in DIR across restarts, kill -9 included. Default: memory only.")));

    private final Flags.Parsed options;

    private Main(Flags.Parsed options) {
        this.options = options;
    }

    private static Flag value(String name, String label, String defaultValue, Type type, String description) {
        return new Flag(name, label, env(name), defaultValue, Kind.VALUE, type, description);
    }

    private static Flag flag(String name, String defaultValue, String description) {
        return new Flag(name, "BOOLEAN", env(name), defaultValue, Kind.SWITCH, Type.BOOLEAN, description);
    }

    /** --max-body-bytes is read from CVENT_MOCK_MAX_BODY_BYTES, and so on. */
    private static String env(String flag) {
        return "CVENT_MOCK_" + flag.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        FatalErrors.exitOnFatal(System.err);
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
        } catch (Flags.Invalid e) {
            err.println("cvent-mock: " + e.getMessage());
            return 2;
        } catch (CventMockServer.InvalidSetting e) {
            err.println("cvent-mock: " + Flags.invalid(e.setting(), e.getMessage()));
            return 2;
        } catch (Exception | Error e) {
            // Errors too: a LinkageError while stopping (the jar rebuilt under the running server) that escaped
            // here would skip System.exit, and Jetty's pool threads would keep the JVM alive after the stop
            err.println("cvent-mock: " + e);
            return 1;
        }
    }

    /** The server these options describe, not yet built. */
    private CventMockServer.Builder builder() {
        Flags.Parsed o = options;
        CventMockServer.Builder b = CventMockServer.builder()
                .logCalls(true)
                .host(o.get("host"))
                .port(o.integer("port"))
                .http(o.bool("http"))
                .tlsDir(pathOf("tls-dir"))
                .tlsHosts(o.list("tls-hosts"))
                .publicBaseUrl(o.get("public-url"))
                .sessionLifetime(o.duration("session-lifetime"))
                .maxSessionsPerUser(o.integer("max-sessions-per-user"))
                .maxGuestsPerCall(o.integer("max-guests-per-call"))
                .strict(o.bool("strict"))
                .lockoutThreshold(o.integer("lockout-threshold"))
                .fixtures(pathOf("fixtures"))
                .dailyQuota(o.number("daily-quota"))
                .journal(o.bool("journal"), o.integer("journal-max-entries"), o.numberOrZero("journal-max-bytes"))
                .maxEvents(o.number("max-events"))
                .maxBookingOrders(o.number("max-booking-orders"))
                .xs2eventApiKeys(Set.copyOf(o.list("xs2event-api-keys")))
                .xs2eventRateLimit(o.decimal("xs2event-rate-limit"))
                .soapEngine(SoapEngine.of(o.get("soap-engine")))
                .adminToken(o.get("admin-token"))
                .maxConnections(o.integer("max-connections"))
                .dataDir(pathOf("data-dir"))
                .limits(new RequestLimits(o.number("max-body-bytes"), o.integer("max-xml-depth"),
                        o.integer("max-xml-attributes"), o.integer("max-xml-attribute-length"),
                        RequestLimits.DEFAULTS.maxXmlTextLength()));
        if (o.get("https-port") != null) {
            b.httpsPort(o.integer("https-port"));
        }
        if (o.get("tls-keystore") != null) {
            b.keyStore(pathOf("tls-keystore"), o.get("tls-keystore-password"));
        }
        if (o.numberOrZero("max-guests") > 0) {
            b.maxGuests(o.number("max-guests"));
        }
        if (o.numberOrZero("max-xs2event-guests") > 0) {
            b.maxXs2eventGuests(o.number("max-xs2event-guests"));
        }
        Path accounts = pathOf("accounts");
        if (accounts != null) {
            try {
                b.accounts(AccountsFile.read(accounts));
            } catch (NoSuchFileException e) {
                throw new Flags.Invalid(Flags.invalid("accounts", "no such file: " + accounts.toAbsolutePath()));
            } catch (IOException e) {
                throw new Flags.Invalid(Flags.invalid("accounts", e.getMessage()));
            }
        }
        return b;
    }

    private Path pathOf(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    /** Starts the server, logs what it offers, and waits for SIGTERM or SIGINT. */
    private int serve(CventMockServer built) throws InterruptedException {
        Logger log = LoggerFactory.getLogger("cvent-mock");
        CventMockServer server = built.start();
        boolean journal = options.bool("journal");
        long dailyQuota = options.number("daily-quota");
        List<String> apiKeys = options.list("xs2event-api-keys");
        double rateLimit = options.decimal("xs2event-rate-limit");
        List<Account> list = server.logins().accountList().stream().toList();
        log.info("accounts: {}{}", list, options.get("accounts") == null ? " (the default; --accounts FILE replaces it)" : "");
        if (options.get("fixtures") != null) {
            log.info("fixtures: {} ({} guests)", options.get("fixtures"), server.guestStore().size());
        }
        if (options.get("https-port") != null) {
            log.info("HTTPS: {}{}; clients trust {}/tls/ca.pem", server.httpsSoapUrl(), options.get("tls-keystore") != null
                    ? " with " + options.get("tls-keystore") : " for " + String.join(", ", server.tlsNames()), server.adminUrl());
        }
        log.info("admin API: {}/health, journal {}, daily quota {}", server.adminUrl(), journal ? "on" : "off",
                dailyQuota == 0 ? "unlimited" : dailyQuota + " calls");
        log.info("XS2event API: {}/v1 (X-Api-Key {}), rate limit {}", server.baseUrl(),
                apiKeys.equals(List.of("test")) ? "test" : apiKeys.size() + " key(s)",
                rateLimit == 0 ? "none" : rateLimit + " requests/s per client");
        log.info("capacity: room for about {} guests (--max-guests) in {} events, {} booking orders with {} XS2event "
                + "guests, {} sessions per user; journal up to {} MiB", server.guestStore().guestCapacity().max(),
                server.guestStore().eventCapacity().max(), server.bookingOrders().capacity().max(),
                server.bookingOrders().guestCapacity().max(), server.sessions().maxPerUser(),
                server.journal().maxBytes() / (1024 * 1024));
        log.info("mode: {}, sessions live {}, at most {} guests per call, SOAP engine {}",
                options.bool("strict") ? "strict" : "lenient", options.duration("session-lifetime"),
                options.integer("max-guests-per-call"), options.get("soap-engine").toLowerCase(Locale.ROOT));
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
