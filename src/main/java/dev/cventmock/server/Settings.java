package dev.cventmock.server;

import dev.cventmock.http.RequestLimits;
import dev.cventmock.server.Flags.Flag;
import dev.cventmock.server.Flags.Kind;
import dev.cventmock.server.Flags.Type;
import dev.cventmock.tls.TlsMaterial;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Every setting, declared once: its flag, environment variable, type and range, default and help line. The command
 * line ({@link Main}), the environment, {@code --help} and {@link CventMockServer.Builder} all read these declarations,
 * so a value is checked the same way wherever it comes from, and a bad one is reported naming the flag.
 * (No logger here: {@link Main} reads this before it has set up logging.)
 */
final class Settings {
    static final Flags FLAGS = new Flags("java -jar cvent-mock.jar",
            "Local emulator of the Cvent V200611 SOAP API (Login, UpdateGuestInfo, Search, Retrieve, GetUpdated, GetDeleted, "
                    + "DescribeGlobal, DescribeCvObject) and the XS2event guest-data REST API.",
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
                    value("soap-engine", "ENGINE", "streaming", Type.oneOf("streaming", "metro"), "streaming: Login, "
                            + "UpdateGuestInfo and Retrieve read in one pass, the rest handed to Metro; metro: every call "
                            + "through Metro's JAX-WS runtime."),
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

    /**
     * A value given to the builder, checked against its flag's declaration: the same type and range as on the command
     * line; a value that does not fit is an {@link CventMockServer.InvalidSetting} naming the flag.
     */
    static <T> T checked(String flag, T value) {
        Flag f = FLAGS.flag(flag);
        try {
            f.type().convert(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new CventMockServer.InvalidSetting(flag, e.getMessage(), null);
        }
        return value;
    }

    /** The declared default of a numeric flag. */
    static long defaultNumber(String flag) {
        return (Long) FLAGS.flag(flag).type().convert(FLAGS.flag(flag).defaultValue());
    }

    /** The declared default of a duration flag. */
    static Duration defaultDuration(String flag) {
        return (Duration) FLAGS.flag(flag).type().convert(FLAGS.flag(flag).defaultValue());
    }

    private Settings() {
    }
}
