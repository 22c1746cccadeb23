package dev.cventmock.server;

import dev.cventmock.admin.AdminServlet;
import dev.cventmock.console.ConsoleServlet;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.tls.TlsMaterial;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.faults.FaultRules;
import dev.cventmock.http.CallWorkers;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.http.UnreadBodyFilter;
import dev.cventmock.journal.CallCounters;
import dev.cventmock.journal.CallLog;
import dev.cventmock.journal.CallRecorder;
import dev.cventmock.journal.JournalFilter;
import dev.cventmock.journal.RequestJournal;
import dev.cventmock.process.FatalErrors;
import dev.cventmock.soap.EndpointAddress;
import dev.cventmock.soap.SoapEngine;
import dev.cventmock.soap.SoapFront;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.rest.Xs2eventServlet;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running emulator: a Jetty server on one port with the Cvent SOAP endpoint, the XS2event REST API and
 * the admin API, and the state behind them.
 * Usable in-process ({@code try (var server = CventMockServer.builder().build().start()) {...}}) or from the
 * command line ({@link Main}).
 */
public final class CventMockServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("cvent-mock");
    private static final long MIN_REQUEST_BYTES_PER_SECOND = 256;
    private static final long SHUTDOWN_IDLE_MILLIS = 50;

    private final Builder settings;
    private final EmulatorState state;
    private final CventBackend cvent;
    private final RequestJournal journal;
    private final FaultRules faults;
    private final BookingOrders bookingOrders;
    private CallLog callLog;
    private Xs2eventServlet xs2event;
    private final long createdNanos = System.nanoTime();
    private Server jetty;
    private ServerConnector connector; // plain HTTP, or null
    private ServerConnector httpsConnector; // or null
    private TlsMaterial tls; // with HTTPS
    private ScheduledExecutorService housekeeping;

    private CventMockServer(Builder b) {
        this.settings = b;
        this.state = new EmulatorState(b);
        this.cvent = state.cvent();
        this.journal = state.journal();
        this.faults = state.faults();
        this.bookingOrders = state.bookingOrders();
    }

    /**
     * Back to the start-up state: guests, sessions, accounts and lockouts, quota counters, the journal and
     * fault rules cleared; configured accounts and fixtures loaded again.
     */
    public void reset() {
        state.reset();
        if (xs2event != null) {
            xs2event.resetRateLimit();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A setting the server cannot work with, found when it is built or started (a fixture file that does not read,
     * a data directory in use, a port taken); {@link #setting()} names it as the command line does.
     */
    public static final class InvalidSetting extends IllegalArgumentException {
        private final String setting;

        InvalidSetting(String setting, String message, Throwable cause) {
            super(message, cause);
            this.setting = setting;
        }

        /** The setting's command-line name, e.g. {@code data-dir} (or two: {@code host or --port}). */
        public String setting() {
            return setting;
        }
    }

    /** Starts listening; returns this for chaining. */
    public synchronized CventMockServer start() {
        if (jetty != null) {
            throw new IllegalStateException("already started");
        }
        long t0 = System.nanoTime();
        if (!settings.http && settings.httpsPort == null) {
            throw new InvalidSetting("http", "false turns plain HTTP off, which needs an HTTPS port (--https-port)", null);
        }
        skipJettyMemoryProbe();
        state.open(); // the data directory, when there is one
        // threads and open connections are capped, so a flood degrades to queuing (in the accept backlog) and
        // time-outs, not to memory exhaustion; the job queue stays unbounded as Jetty requires, since each
        // of the capped connections contributes at most a few jobs
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads, Math.min(8, settings.maxThreads)) {
            @Override
            protected void runJob(Runnable job) {
                try {
                    job.run();
                } catch (Throwable e) { // Jetty logs a failed job and goes on, which after a fatal error it cannot
                    FatalErrors.check(e, Thread.currentThread().getName());
                    throw e;
                }
            }
        };
        threads.setName("cvent-mock");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND); // a body trickled slower is cut off
        // the selectors only read calls and hand them to the workers, so Jetty's default count (half the cores)
        // keeps up: on two cores one selector gave 23-27k 1-guest calls/s where two gave 20-27k
        CallWorkers workers = CallWorkers.perCore("cvent-mock-worker");
        server.addBean(workers);
        List<ServerConnector> connectors = new ArrayList<>();
        if (settings.http) {
            connector = connector(server, workers.forConnector(threads), settings.port, new HttpConnectionFactory(http));
            connectors.add(connector);
        }
        if (settings.httpsPort != null) {
            tls = tlsMaterial();
            HttpConfiguration https = new HttpConfiguration(http);
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // clients reach the emulator by whatever name they were written for: the certificate's names are for them
            // to check, the server does not refuse an SNI name it does not cover
            secure.setSniHostCheck(false);
            secure.setSniRequired(false);
            https.addCustomizer(secure);
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(tls.keyStore());
            ssl.setKeyStorePassword(new String(tls.password()));
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            httpsConnector = connector(server, workers.forConnector(threads), settings.httpsPort,
                    new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
            connectors.add(httpsConnector);
        }
        server.addBean(new NetworkConnectionLimit(settings.maxConnections, connectors.toArray(ServerConnector[]::new)));

        callLog = settings.logCalls ? new CallLog() : null; // in a test JVM, tests' own logs stay readable
        CallRecorder recorder = new CallRecorder(journal, state.counters(), callLog, settings.clock);
        xs2event = new Xs2eventServlet(bookingOrders, settings.xs2eventApiKeys, settings.xs2eventRateLimit, faults,
                settings.limits.maxBodyBytes());
        ProtocolErrorHandler errors = new ProtocolErrorHandler();
        server.setErrorHandler(errors);
        Supplier<Handler> servletStack = () -> servletStack(recorder, errors);
        // with --data-dir an answer leaves once its changes are on disk (the fsync runs on a pool thread)
        Runnable durable = state.durable() == null ? null : state.durable()::sync;
        // the servlet stack (admin API, console, XS2event reads) is built a second after start, or by the first call
        // that needs it; with the metro engine or a data directory start-up is not what matters most: built at once
        Handler rest = settings.soapEngine == SoapEngine.STREAMING && durable == null
                ? new ServletStackOnDemand(servletStack) : servletStack.get();
        Handler calls = new SoapFront(xs2event.directCalls(rest, recorder, workers, durable), recorder, workers, cvent,
                new EndpointAddress(settings.publicBaseUrl), faults, settings.soapEngine, settings.limits, durable);
        server.setHandler(new GracefulHandler(calls));
        server.setStopTimeout(settings.stopTimeout.toMillis());
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            if (callLog != null) {
                callLog.close();
            }
            state.close();
            throw new InvalidSetting("host or --port", "cannot listen on " + settings.host + ":" + settings.port + ": "
                    + e.getMessage(), e);
        }
        jetty = server;
        housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "cvent-mock-housekeeping");
            t.setDaemon(true);
            return t;
        });
        // sessions past their day are forgotten at their user's next Login too; this covers users who stopped calling
        housekeeping.scheduleWithFixedDelay(state::purgeExpiredSessions, 1, 1, TimeUnit.MINUTES);
        LOG.info("cvent-mock listening on {}{} (started in {} ms)", boundUrl() + EndpointAddress.PATH, clientsUse(),
                (System.nanoTime() - t0) / 1_000_000);
        LOG.info("console: {}", consoleUrl());
        return this;
    }

    private ServerConnector connector(Server server, java.util.concurrent.Executor executor, int port,
                                      org.eclipse.jetty.server.ConnectionFactory... factories) {
        ServerConnector c = new ServerConnector(server, executor, null, null, 1, -1, factories);
        c.setHost(settings.host);
        c.setPort(port);
        c.setIdleTimeout(settings.idleTimeout.toMillis());
        // while stopping, a connection idle this long is closed (Jetty's default, a second, made every stop of a server
        // whose client keeps its connection alive take that second); calls in flight still finish
        c.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
        c.setAcceptQueueSize(1024);
        server.addConnector(c);
        return c;
    }

    /** The user's key store, or a certificate from the local CA (kept in the TLS directory) for every name clients use. */
    private TlsMaterial tlsMaterial() {
        try {
            if (settings.keyStore != null) {
                return TlsMaterial.provided(settings.keyStore, settings.keyStorePassword == null ? new char[0]
                        : settings.keyStorePassword.toCharArray());
            }
            Path dir = settings.tlsDir != null ? settings.tlsDir : settings.dataDir != null ? settings.dataDir.resolve("tls") : null;
            List<String> names = new ArrayList<>(settings.tlsHosts);
            names.add(settings.host);
            if (settings.publicBaseUrl != null) {
                names.add(java.net.URI.create(settings.publicBaseUrl.strip()).getHost());
            }
            return TlsMaterial.generated(dir, names);
        } catch (IOException | java.security.GeneralSecurityException e) {
            state.close();
            throw new InvalidSetting(settings.keyStore != null ? "tls-keystore" : "tls-dir", "cannot set up HTTPS: "
                    + e.getMessage(), e);
        }
    }

    /** Every call the direct handlers do not take: admin API, SOAP through Metro, help pages, XS2event reads. */
    private Handler servletStack(CallRecorder recorder, ProtocolErrorHandler errors) {
        ServletContextHandler context = new ServletContextHandler("/");
        // outermost: a body left unread is drained after the answer, whoever answered before reading it
        context.addFilter(new FilterHolder(new UnreadBodyFilter(settings.limits.maxBodyBytes())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new JournalFilter(recorder, state.durable() == null ? null : state.durable()::sync)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("unknown-path", new UnknownPathServlet()), "/");
        context.addServlet(new ServletHolder("admin", new AdminServlet(cvent, bookingOrders, journal, faults, adminView(),
                settings.clock, settings.limits.maxBodyBytes(), settings.adminToken)), JournalFilter.ADMIN_PREFIX + "/*");
        context.addServlet(new ServletHolder("xs2event", xs2event), "/v1/*");
        context.addServlet(new ServletHolder("console", new ConsoleServlet()), ConsoleServlet.PATH + "*");
        context.setErrorHandler(errors);
        return context;
    }

    /**
     * Jetty sizes a queue's padding from the JVM's reference width, which it asks the platform MBean server for
     * unless told: that starts JMX (some 200 classes, tens of ms of every start-up). Compressed references are
     * on below 32 GB of heap, so the width is known without asking; a setting given by the user wins.
     */
    private static void skipJettyMemoryProbe() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) == null) {
            boolean compressedReferences = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(property, compressedReferences ? "16" : "8");
        }
    }

    /** Stops accepting, lets in-flight calls finish (bounded by the stop timeout), then releases the port. */
    public synchronized void stop() {
        if (jetty == null) {
            return;
        }
        housekeeping.shutdownNow();
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("error while stopping: {}", e.toString());
        } finally {
            jetty = null;
            if (callLog != null) {
                callLog.close();
            }
            state.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return jetty != null && jetty.isStarted();
    }

    /** The plain HTTP port actually bound (the random one when started with port 0). */
    public int port() {
        requireStarted();
        if (connector == null) {
            throw new IllegalStateException("plain HTTP is off; the server answers on httpsPort()");
        }
        return connector.getLocalPort();
    }

    /** The HTTPS port actually bound. */
    public int httpsPort() {
        requireStarted();
        if (httpsConnector == null) {
            throw new IllegalStateException("HTTPS is off; Builder.httpsPort(0) turns it on");
        }
        return httpsConnector.getLocalPort();
    }

    /** The address as bound, e.g. {@code http://0.0.0.0:8080} in a container. */
    private String boundUrl() {
        String host = settings.host.indexOf(':') >= 0 && !settings.host.startsWith("[") ? "[" + settings.host + "]" : settings.host;
        return connector != null ? "http://" + host + ":" + port() : "https://" + host + ":" + httpsPort();
    }

    /** What the start-up line adds about the address clients should use, when it is not the bound one. */
    private String clientsUse() {
        String https = connector != null && httpsConnector != null ? " and " + httpsSoapUrl() : "";
        if (settings.publicBaseUrl != null) {
            return https + "; clients are told " + new EndpointAddress(settings.publicBaseUrl).publicEndpointUrl();
        }
        if (!boundUrl().equals(baseUrl())) {
            return https + " (all interfaces; clients use the address they reach it by, e.g. " + soapUrl() + ")";
        }
        return https;
    }

    /** e.g. {@code http://127.0.0.1:8080} — the loopback address when bound to all interfaces; https when only that is on. */
    public String baseUrl() {
        return connector != null ? "http://" + loopbackHost() + ":" + port() : httpsBaseUrl();
    }

    /** e.g. {@code https://127.0.0.1:8443}. */
    public String httpsBaseUrl() {
        return "https://" + loopbackHost() + ":" + httpsPort();
    }

    public String httpsSoapUrl() {
        return httpsBaseUrl() + EndpointAddress.PATH;
    }

    private String loopbackHost() {
        String host = settings.host;
        if (host.equals("0.0.0.0") || host.equals("::") || host.isBlank()) {
            return "127.0.0.1";
        }
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * An SSLContext that trusts this server's certificate (its local CA, or the root of the key store it was given),
     * with every check on: for a JVM client configured for {@code https://api.cvent.com} and routed here.
     */
    public SSLContext sslContext() {
        try {
            return requireTls().clientContext();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same trust as a key store ({@code PKCS12}, no secret in it), for clients configured with a trust store. */
    public java.security.KeyStore trustStore() {
        try {
            return requireTls().trustKeyStore("PKCS12");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names the generated server certificate covers (empty with a user key store). */
    public List<String> tlsNames() {
        return requireTls().names();
    }

    /** The certificate clients trust to trust this server, in PEM (also at {@code /__admin/tls/ca.pem}). */
    public String caCertificatePem() {
        return requireTls().trustAnchorPem();
    }

    private TlsMaterial requireTls() {
        requireStarted();
        if (tls == null) {
            throw new IllegalStateException("HTTPS is off; Builder.httpsPort(0) turns it on");
        }
        return tls;
    }

    public String soapUrl() {
        return baseUrl() + EndpointAddress.PATH;
    }

    public String wsdlUrl() {
        return soapUrl() + "?WSDL";
    }

    /** The event with this id (bare when known only through its guests), or null. */
    public CventEvent event(String eventId) {
        return cvent.store().event(eventId);
    }

    /** Stores an event's own attributes, as the admin API's PUT does (LastModifiedDate stamped); its guests stay. */
    public CventEvent putEvent(CventEvent event) {
        return cvent.guests().putEvent(event);
    }

    /** The stored Cvent guests (and events), for tests to read, seed and clear. */
    public GuestStore guestStore() {
        return cvent.store();
    }

    public GuestService guestService() {
        return cvent.guests();
    }

    /** Accounts, lockouts and (through {@link LoginService#sessions()}) sessions. */
    public LoginService logins() {
        return cvent.logins();
    }

    public SessionRegistry sessions() {
        return cvent.sessions();
    }

    /** XS2event booking orders and their guest data. */
    public BookingOrders bookingOrders() {
        return bookingOrders;
    }

    /** All Cvent state at once. */
    public CventBackend cvent() {
        return cvent;
    }

    /** The requests answered so far (newest first from {@link RequestJournal#find}). */
    public RequestJournal journal() {
        return journal;
    }

    /** Fault and latency rules; add one to make the next matching call misbehave. */
    public FaultRules faults() {
        return faults;
    }

    public String adminUrl() {
        return baseUrl() + JournalFilter.ADMIN_PREFIX;
    }

    /** The web console, e.g. {@code http://127.0.0.1:8080/__admin/console/}. */
    public String consoleUrl() {
        return baseUrl() + ConsoleServlet.PATH;
    }

    private AdminServlet.Server adminView() {
        return new AdminServlet.Server() {
            @Override
            public void reset() {
                CventMockServer.this.reset();
            }

            @Override
            public String version() {
                return Version.current();
            }

            @Override
            public TlsMaterial tls() {
                return tls;
            }

            @Override
            public CallCounters counters() {
                return state.counters();
            }

            @Override
            public Map<String, Object> settings() {
                return settings.effective(connector == null ? null : port(), httpsConnector == null ? null : httpsPort());
            }

            @Override
            public long uptimeMillis() {
                return (System.nanoTime() - createdNanos) / 1_000_000;
            }
        };
    }

    private void requireStarted() {
        if (jetty == null) {
            throw new IllegalStateException("the server is not started");
        }
    }

    /**
     * Guests a heap of this size has room for: half of it at 1,200 bytes a guest (measured: about 630 retained for a
     * guest with every attribute set; 1,040 before its own values were packed, as one whose values cannot be still costs).
     */
    static long guestsForHeap(long maxHeapBytes) {
        return Math.max(1_000, maxHeapBytes / 2 / 1_200);
    }

    /** XS2event guests (all booking orders) a heap of this size has room for: an eighth of it at 1,000 bytes a guest. */
    static long xs2eventGuestsForHeap(long maxHeapBytes) {
        return Math.max(1_000, maxHeapBytes / 8 / 1_000);
    }

    /** What the journal may hold by default: 64 MiB, or an eighth of a smaller heap. */
    static long journalBytesForHeap(long maxHeapBytes) {
        return Math.max(1024 * 1024, Math.min(RequestJournal.DEFAULT_MAX_BYTES, maxHeapBytes / 8));
    }

    /** Settings of a server; every one has a default that makes the quick start work. */
    public static final class Builder {
        // read by EmulatorState, which assembles the state these settings describe
        String host = "127.0.0.1";
        int port = 0;
        boolean http = true;
        Integer httpsPort; // null: no HTTPS
        Path tlsDir;
        List<String> tlsHosts = TlsMaterial.VENDOR_HOSTS;
        Path keyStore;
        String keyStorePassword;
        String publicBaseUrl;
        final List<Account> accounts = new ArrayList<>();
        Duration sessionLifetime = Settings.defaultDuration("session-lifetime");
        int maxSessionsPerUser = (int) Settings.defaultNumber("max-sessions-per-user");
        int maxGuestsPerCall = (int) Settings.defaultNumber("max-guests-per-call");
        boolean strict;
        int lockoutThreshold = (int) Settings.defaultNumber("lockout-threshold");
        Clock clock = Clock.systemUTC();
        Path fixtures;
        long dailyQuota;
        boolean journalEnabled = true;
        int journalMaxEntries = (int) Settings.defaultNumber("journal-max-entries");
        long journalMaxBytes; // 0: from the heap
        long maxGuests; // 0: from the heap
        long maxEvents = Settings.defaultNumber("max-events");
        long maxBookingOrders = Settings.defaultNumber("max-booking-orders");
        long maxXs2eventGuests; // 0: from the heap
        boolean logCalls;
        Set<String> xs2eventApiKeys = Set.of("test");
        double xs2eventRateLimit;
        SoapEngine soapEngine = SoapEngine.STREAMING;
        RequestLimits limits = RequestLimits.DEFAULTS;
        String adminToken;
        Path dataDir;
        long compactAfterBytes = 64L * 1024 * 1024;
        int maxThreads = 200;
        int maxConnections = (int) Settings.defaultNumber("max-connections");
        Duration idleTimeout = Duration.ofSeconds(30);
        Duration stopTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** Guests stored at most (all events together); by default what half the heap holds. */
        public Builder maxGuests(long max) {
            this.maxGuests = Settings.checked("max-guests", max);
            return this;
        }

        /** Events (with guests) stored at most; default 100,000. */
        public Builder maxEvents(long max) {
            this.maxEvents = Settings.checked("max-events", max);
            return this;
        }

        /** XS2event booking orders stored at most; default 10,000. */
        public Builder maxBookingOrders(long max) {
            this.maxBookingOrders = Settings.checked("max-booking-orders", max);
            return this;
        }

        /**
         * One log line per call (logger {@code cvent-mock.calls}, INFO), as the command line writes them; off by default
         * in a JVM, where the test's own output matters more (the journal keeps every call either way).
         */
        public Builder logCalls(boolean on) {
            this.logCalls = on;
            return this;
        }

        /** XS2event guests stored at most, all booking orders together; by default what an eighth of the heap holds. */
        public Builder maxXs2eventGuests(long max) {
            this.maxXs2eventGuests = Settings.checked("max-xs2event-guests", max);
            return this;
        }

        long maxXs2eventGuests() {
            return maxXs2eventGuests > 0 ? maxXs2eventGuests : xs2eventGuestsForHeap(Runtime.getRuntime().maxMemory());
        }

        long maxGuests() {
            return maxGuests > 0 ? maxGuests : guestsForHeap(Runtime.getRuntime().maxMemory());
        }

        long journalMaxBytes() {
            return journalMaxBytes > 0 ? journalMaxBytes : journalBytesForHeap(Runtime.getRuntime().maxMemory());
        }

        /**
         * The values in effect, by flag name, for the admin API and the console: defaults taken from the heap are
         * shown as computed; secrets (the admin token, the key store's password, the XS2event keys) only as set or not.
         */
        Map<String, Object> effective(Integer boundPort, Integer boundHttpsPort) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("port", boundPort);
            m.put("host", host);
            m.put("https-port", boundHttpsPort);
            m.put("http", http);
            m.put("tls-dir", tlsDir == null ? null : tlsDir.toString());
            m.put("tls-hosts", tlsHosts);
            m.put("tls-keystore", keyStore == null ? null : keyStore.toString());
            m.put("tls-keystore-password", keyStorePassword == null ? "not set" : "set");
            m.put("public-url", publicBaseUrl);
            m.put("accounts", accounts.size());
            m.put("session-lifetime", sessionLifetime.toString());
            m.put("max-sessions-per-user", maxSessionsPerUser);
            m.put("max-guests-per-call", maxGuestsPerCall);
            m.put("strict", strict);
            m.put("lockout-threshold", lockoutThreshold);
            m.put("fixtures", fixtures == null ? null : fixtures.toString());
            m.put("daily-quota", dailyQuota);
            m.put("journal", journalEnabled);
            m.put("journal-max-entries", journalMaxEntries);
            m.put("journal-max-bytes", journalMaxBytes());
            m.put("max-guests", maxGuests());
            m.put("max-events", maxEvents);
            m.put("max-booking-orders", maxBookingOrders);
            m.put("max-xs2event-guests", maxXs2eventGuests());
            m.put("xs2event-api-keys", xs2eventApiKeys.size() + " key(s)");
            m.put("xs2event-rate-limit", xs2eventRateLimit);
            m.put("soap-engine", soapEngine.name().toLowerCase(java.util.Locale.ROOT));
            m.put("admin-token", adminToken == null ? "not set" : "set");
            m.put("max-body-bytes", limits.maxBodyBytes());
            m.put("max-xml-depth", limits.maxXmlDepth());
            m.put("max-xml-attributes", limits.maxXmlAttributes());
            m.put("max-xml-attribute-length", limits.maxXmlAttributeLength());
            m.put("max-connections", maxConnections);
            m.put("data-dir", dataDir == null ? null : dataDir.toString());
            return m;
        }


        /**
         * Serves HTTPS on this port too (0 picks a free one, see {@link CventMockServer#httpsPort()}), with a certificate
         * from the emulator's local CA for localhost, 127.0.0.1, ::1, the bound and public host and {@link #tlsHosts}.
         */
        public Builder httpsPort(int port) {
            this.httpsPort = Settings.checked("https-port", port);
            return this;
        }

        /** Whether plain HTTP is served too (default true); false needs {@link #httpsPort}. */
        public Builder http(boolean on) {
            this.http = on;
            return this;
        }

        /**
         * Where the local CA is kept (made on first start); by default {@code DATA_DIR/tls} with a data directory, else
         * a new CA in memory per start.
         */
        public Builder tlsDir(Path dir) {
            this.tlsDir = dir;
            return this;
        }

        /** Host names the server certificate covers beside the loopback and bound ones; default Cvent's and XS2event's. */
        public Builder tlsHosts(List<String> hosts) {
            Settings.checked("tls-hosts", String.join(",", hosts));
            this.tlsHosts = List.copyOf(hosts);
            return this;
        }

        /** Serve HTTPS with this key store (PKCS12 or JKS; its first key entry) instead of a generated certificate. */
        public Builder keyStore(Path file, String password) {
            this.keyStore = file;
            this.keyStorePassword = password;
            return this;
        }

        /** Bind address; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port; 0 (the default here) picks a free one, see {@link #port()}. */
        public Builder port(int port) {
            this.port = Settings.checked("port", port);
            return this;
        }

        /** The base URL clients should be told (ServerURL, WSDL addresses), e.g. behind Docker or a proxy. */
        public Builder publicBaseUrl(String url) {
            this.publicBaseUrl = url == null ? null : Settings.checked("public-url", url);
            return this;
        }

        /** Accounts that can log in; with none, the default account TEST / test / test. */
        public Builder account(Account account) {
            accounts.add(Objects.requireNonNull(account));
            return this;
        }

        public Builder accounts(List<Account> list) {
            list.forEach(this::account);
            return this;
        }

        public Builder sessionLifetime(Duration lifetime) {
            this.sessionLifetime = Settings.checked("session-lifetime", Objects.requireNonNull(lifetime));
            return this;
        }

        /** Sessions one user keeps at most, live or remembered-expired; a Login beyond it retires the oldest. */
        public Builder maxSessionsPerUser(int max) {
            this.maxSessionsPerUser = Settings.checked("max-sessions-per-user", max);
            return this;
        }

        public Builder maxGuestsPerCall(int max) {
            this.maxGuestsPerCall = Settings.checked("max-guests-per-call", max);
            return this;
        }

        /** Strict mode: UpdateGuestInfo needs an existing guest Id instead of creating guests. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder lockoutThreshold(int failures) {
            this.lockoutThreshold = Settings.checked("lockout-threshold", failures);
            return this;
        }

        /** The clock for session expiry, lockouts and timestamps; tests pass one they can move. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** A fixture file, or a folder of them, loaded at start and again on every reset. */
        public Builder fixtures(Path path) {
            this.fixtures = path;
            return this;
        }

        /** Calls per account per UTC day before CV30100; 0 (the default) is unlimited. */
        public Builder dailyQuota(long calls) {
            this.dailyQuota = Settings.checked("daily-quota", calls);
            return this;
        }

        /** The request journal: on by default, bounded by entries and bytes held. */
        public Builder journal(boolean enabled, int maxEntries, long maxBytes) {
            this.journalEnabled = enabled;
            this.journalMaxEntries = Settings.checked("journal-max-entries", maxEntries);
            this.journalMaxBytes = maxBytes == 0 ? 0 : Settings.checked("journal-max-bytes", maxBytes); // 0: from the heap
            return this;
        }

        /** The X-Api-Key values the XS2event API accepts; default the single key {@code test}. */
        public Builder xs2eventApiKeys(Set<String> keys) {
            this.xs2eventApiKeys = Set.copyOf(keys);
            Settings.checked("xs2event-api-keys", String.join(",", keys));
            return this;
        }

        /** XS2event requests per second per client address before 503; 0 (the default) is no limit. */
        public Builder xs2eventRateLimit(double perSecond) {
            this.xs2eventRateLimit = Settings.checked("xs2event-rate-limit", perSecond);
            return this;
        }

        /** STREAMING (default) or METRO, the reference engine for every SOAP call. */
        public Builder soapEngine(SoapEngine engine) {
            this.soapEngine = Objects.requireNonNull(engine);
            return this;
        }

        /** Body size and XML document limits; see {@link RequestLimits#DEFAULTS}. */
        public Builder limits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** When set, the admin API requires it (Authorization: Bearer TOKEN, or X-Admin-Token: TOKEN). */
        public Builder adminToken(String token) {
            this.adminToken = token == null || token.isBlank() ? null : token;
            return this;
        }

        /**
         * Makes the state durable in this directory (created if needed): every change is logged and synced before
         * its call is answered, and recovered at the next start, even after kill -9. Without it, memory only.
         * {@link #start()} takes the directory (one server at a time) and recovers it; {@link #stop()} gives it up.
         */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** The data log's size at which it is compacted into a snapshot (default 64 MiB). */
        public Builder compactAfterBytes(long bytes) {
            this.compactAfterBytes = bytes;
            return this;
        }

        public Builder maxThreads(int maxThreads) {
            this.maxThreads = maxThreads;
            return this;
        }

        /** Open connections at most; more wait in the accept backlog. */
        public Builder maxConnections(int max) {
            this.maxConnections = Settings.checked("max-connections", max);
            return this;
        }

        /** How long an idle connection (or a stalled request) is kept; default 30 s. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public CventMockServer build() {
            return new CventMockServer(this);
        }
    }
}
