package dev.cventmock.server;

import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.http.RequestLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import sun.misc.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: every setting as a flag, each with an environment variable as its default. */
@Command(name = "cvent-mock", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Local emulator of the Cvent V200611 SOAP API (Login, UpdateGuestInfo) and the XS2event guest-data REST API.",
        footer = "%nEvery option can also be set by the environment variable shown in its description.")
public final class Main implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:CVENT_MOCK_PORT:-8080}", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one. Env CVENT_MOCK_PORT. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "${env:CVENT_MOCK_HOST:-127.0.0.1}", paramLabel = "ADDRESS",
            description = "Address to bind (0.0.0.0 for all interfaces). Env CVENT_MOCK_HOST. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--public-url", defaultValue = "${env:CVENT_MOCK_PUBLIC_URL}", paramLabel = "URL",
            description = "Base URL to give clients in ServerURL and the WSDL (behind Docker or a proxy), e.g. "
                    + "http://cvent-mock:8080. Default: the address each request used. Env CVENT_MOCK_PUBLIC_URL.")
    String publicUrl;

    @Option(names = "--accounts", defaultValue = "${env:CVENT_MOCK_ACCOUNTS}", paramLabel = "FILE",
            description = "JSON accounts file replacing the default account TEST/test/test. Env CVENT_MOCK_ACCOUNTS.")
    Path accounts;

    @Option(names = "--session-lifetime", defaultValue = "${env:CVENT_MOCK_SESSION_LIFETIME:-1h}", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How long a session lives after Login (90s, 30m, 1h, PT1H). Env CVENT_MOCK_SESSION_LIFETIME. Default: ${DEFAULT-VALUE}.")
    Duration sessionLifetime;

    @Option(names = "--max-guests-per-call", defaultValue = "${env:CVENT_MOCK_MAX_GUESTS_PER_CALL:-200}", paramLabel = "N",
            description = "Guests one UpdateGuestInfo may carry; more is fault CV20021. Env CVENT_MOCK_MAX_GUESTS_PER_CALL. Default: ${DEFAULT-VALUE}.")
    int maxGuestsPerCall;

    @Option(names = "--strict", defaultValue = "${env:CVENT_MOCK_STRICT:-false}", arity = "0..1", fallbackValue = "true",
            paramLabel = "BOOLEAN",
            description = "Strict mode: guests need an existing Id (CV40113, CV50103) instead of being created. Env CVENT_MOCK_STRICT. Default: ${DEFAULT-VALUE}.")
    boolean strict;

    @Option(names = "--lockout-threshold", defaultValue = "${env:CVENT_MOCK_LOCKOUT_THRESHOLD:-5}", paramLabel = "N",
            description = "Consecutive failed logins that lock a user out for 30 minutes. Env CVENT_MOCK_LOCKOUT_THRESHOLD. Default: ${DEFAULT-VALUE}.")
    int lockoutThreshold;

    @Option(names = "--fixtures", defaultValue = "${env:CVENT_MOCK_FIXTURES}", paramLabel = "PATH",
            description = "Fixture file, or folder of *.json fixtures: accounts, sessions, events and guests loaded at start and on every reset. Env CVENT_MOCK_FIXTURES.")
    Path fixtures;

    @Option(names = "--daily-quota", defaultValue = "${env:CVENT_MOCK_DAILY_QUOTA:-0}", paramLabel = "N",
            description = "API calls per account per UTC day before fault CV30100 (Cvent's is 10000); 0 = unlimited. Env CVENT_MOCK_DAILY_QUOTA. Default: ${DEFAULT-VALUE}.")
    long dailyQuota;

    @Option(names = "--journal", defaultValue = "${env:CVENT_MOCK_JOURNAL:-true}", arity = "0..1", fallbackValue = "true", paramLabel = "BOOLEAN",
            description = "Keep the request journal (GET /__admin/requests). Env CVENT_MOCK_JOURNAL. Default: ${DEFAULT-VALUE}.")
    boolean journal;

    @Option(names = "--journal-max-entries", defaultValue = "${env:CVENT_MOCK_JOURNAL_MAX_ENTRIES:-1000}", paramLabel = "N",
            description = "Journal entries kept; the oldest are evicted. Env CVENT_MOCK_JOURNAL_MAX_ENTRIES. Default: ${DEFAULT-VALUE}.")
    int journalMaxEntries;

    @Option(names = "--journal-max-bytes", defaultValue = "${env:CVENT_MOCK_JOURNAL_MAX_BYTES:-67108864}", paramLabel = "BYTES",
            description = "Memory the journal may hold (bodies over 1 MiB are kept truncated). Env CVENT_MOCK_JOURNAL_MAX_BYTES. Default: ${DEFAULT-VALUE} (64 MiB).")
    long journalMaxBytes;

    @Option(names = "--xs2event-api-keys", defaultValue = "${env:CVENT_MOCK_XS2EVENT_API_KEYS:-test}", paramLabel = "KEY[,KEY…]",
            split = ",", description = "X-Api-Key values the XS2event API accepts. Env CVENT_MOCK_XS2EVENT_API_KEYS. Default: ${DEFAULT-VALUE}.")
    java.util.List<String> xs2eventApiKeys;

    @Option(names = "--xs2event-rate-limit", defaultValue = "${env:CVENT_MOCK_XS2EVENT_RATE_LIMIT:-0}", paramLabel = "N",
            description = "XS2event requests per second per client address before 503; 0 = no limit. Env CVENT_MOCK_XS2EVENT_RATE_LIMIT. Default: ${DEFAULT-VALUE}.")
    double xs2eventRateLimit;

    @Option(names = "--soap-engine", defaultValue = "${env:CVENT_MOCK_SOAP_ENGINE:-streaming}", paramLabel = "ENGINE",
            converter = SoapEngineConverter.class,
            description = "streaming: Login and UpdateGuestInfo read in one pass, anything unusual handed to Metro; metro: every call through Metro's JAX-WS runtime. Env CVENT_MOCK_SOAP_ENGINE. Default: ${DEFAULT-VALUE}.")
    dev.cventmock.soap.SoapEngine soapEngine;

    @Option(names = "--admin-token", defaultValue = "${env:CVENT_MOCK_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "Require this token on the admin API (Authorization: Bearer TOKEN or X-Admin-Token). Env CVENT_MOCK_ADMIN_TOKEN.")
    String adminToken;

    @Option(names = "--max-body-bytes", defaultValue = "${env:CVENT_MOCK_MAX_BODY_BYTES:-10485760}", paramLabel = "BYTES",
            description = "Largest request body accepted. Env CVENT_MOCK_MAX_BODY_BYTES. Default: ${DEFAULT-VALUE} (10 MiB).")
    long maxBodyBytes;

    @Option(names = "--max-xml-depth", defaultValue = "${env:CVENT_MOCK_MAX_XML_DEPTH:-100}", paramLabel = "N",
            description = "Deepest element nesting accepted in SOAP requests. Env CVENT_MOCK_MAX_XML_DEPTH. Default: ${DEFAULT-VALUE}.")
    int maxXmlDepth;

    @Option(names = "--max-xml-attributes", defaultValue = "${env:CVENT_MOCK_MAX_XML_ATTRIBUTES:-200}", paramLabel = "N",
            description = "Most attributes on one element. Env CVENT_MOCK_MAX_XML_ATTRIBUTES. Default: ${DEFAULT-VALUE}.")
    int maxXmlAttributes;

    @Option(names = "--max-xml-attribute-length", defaultValue = "${env:CVENT_MOCK_MAX_XML_ATTRIBUTE_LENGTH:-65536}", paramLabel = "CHARS",
            description = "Longest attribute value. Env CVENT_MOCK_MAX_XML_ATTRIBUTE_LENGTH. Default: ${DEFAULT-VALUE}.")
    int maxXmlAttributeLength;

    @Option(names = "--max-connections", defaultValue = "${env:CVENT_MOCK_MAX_CONNECTIONS:-1000}", paramLabel = "N",
            description = "Open connections at most; more wait to be accepted. Env CVENT_MOCK_MAX_CONNECTIONS. Default: ${DEFAULT-VALUE}.")
    int maxConnections;

    @Option(names = "--data-dir", defaultValue = "${env:CVENT_MOCK_DATA_DIR}", paramLabel = "DIR",
            description = "Keep the state (accounts, sessions, guests, booking orders) durable in DIR across restarts, kill -9 included. Default: memory only. Env CVENT_MOCK_DATA_DIR.")
    Path dataDir;

    public static void main(String[] args) {
        LogSetup.configure();
        System.exit(run(args));
    }

    /** Parses, starts, and blocks until the JVM is asked to stop; returns the exit code. */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("cvent-mock: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    /** The server these options describe, not yet started. */
    CventMockServer build() throws Exception {
        CventMockServer.Builder b = CventMockServer.builder()
                .host(host)
                .port(port)
                .publicBaseUrl(publicUrl)
                .sessionLifetime(sessionLifetime)
                .maxGuestsPerCall(maxGuestsPerCall)
                .strict(strict)
                .lockoutThreshold(lockoutThreshold)
                .fixtures(fixtures)
                .dailyQuota(dailyQuota)
                .journal(journal, journalMaxEntries, journalMaxBytes)
                .xs2eventApiKeys(java.util.Set.copyOf(xs2eventApiKeys))
                .xs2eventRateLimit(xs2eventRateLimit)
                .soapEngine(soapEngine)
                .adminToken(adminToken)
                .maxConnections(maxConnections)
                .dataDir(dataDir)
                .limits(new RequestLimits(maxBodyBytes, maxXmlDepth, maxXmlAttributes, maxXmlAttributeLength,
                        RequestLimits.DEFAULTS.maxXmlTextLength()));
        if (accounts != null) {
            try {
                b.accounts(AccountsFile.read(accounts));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("accounts file not found: " + accounts.toAbsolutePath());
            }
        }
        return b.build();
    }

    @Override
    public Integer call() throws Exception {
        Logger log = LoggerFactory.getLogger("cvent-mock");
        CventMockServer server = build().start();
        List<Account> list = server.logins().accountList().stream().toList();
        log.info("accounts: {}{}", list, accounts == null ? " (the default; --accounts FILE replaces it)" : "");
        if (fixtures != null) {
            log.info("fixtures: {} ({} guests)", fixtures, server.guestStore().size());
        }
        log.info("admin API: {}/health, journal {}, daily quota {}", server.adminUrl(), journal ? "on" : "off",
                dailyQuota == 0 ? "unlimited" : dailyQuota + " calls");
        log.info("XS2event API: {}/v1 (X-Api-Key {}), rate limit {}", server.baseUrl(),
                xs2eventApiKeys.size() == 1 && xs2eventApiKeys.get(0).equals("test") ? "test" : xs2eventApiKeys.size() + " key(s)",
                xs2eventRateLimit == 0 ? "none" : xs2eventRateLimit + " requests/s per client");
        log.info("mode: {}, sessions live {}, at most {} guests per call, SOAP engine {}",
                strict ? "strict" : "lenient", sessionLifetime, maxGuestsPerCall, soapEngine.name().toLowerCase(java.util.Locale.ROOT));
        if (!isLoopback(host)) {
            log.warn("bound to {}: the emulator is reachable from other machines{}", host,
                    adminToken == null ? ", and its admin API has no token (--admin-token)" : "");
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

    /** --soap-engine streaming|metro. */
    static final class SoapEngineConverter implements CommandLine.ITypeConverter<dev.cventmock.soap.SoapEngine> {
        @Override
        public dev.cventmock.soap.SoapEngine convert(String value) {
            try {
                return dev.cventmock.soap.SoapEngine.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The version from the jar manifest (absent when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cvent-mock " + (v == null ? "(development build)" : v)};
        }
    }
}
