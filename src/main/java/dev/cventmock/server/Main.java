package dev.cventmock.server;

import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.process.FatalErrors;
import dev.cventmock.soap.SoapEngine;
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
    private final Flags.Parsed options;

    private Main(Flags.Parsed options) {
        this.options = options;
    }

    public static void main(String[] args) {
        FatalErrors.exitOnFatal(System.err);
        LogSetup.configure();
        System.exit(run(System.getenv(), System.out, System.err, args));
    }

    /** Parses, starts, and blocks until the JVM is asked to stop; returns the exit code. */
    static int run(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
        try {
            Flags.Parsed parsed = Settings.FLAGS.parse(List.of(args), environment);
            if (parsed.help()) {
                out.print(Settings.FLAGS.help(100));
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
