package dev.cventmock.junit;

import dev.cventmock.server.CventMockServer;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a cvent-mock server for JUnit 5 tests, on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static CventMockExtension cvent = CventMockExtension.create(b -> b.strict(true));
 *
 * @Test
 * void updatesLand(CventMockServer server) { ... server.soapUrl() ... }
 * }</pre>
 *
 * Registered on a static field, one server serves the class that declares the field and every {@code @Nested}
 * class inside it, and is reset to its start-up state (fixtures reloaded; sessions, journal and fault rules
 * cleared) before every test. Registered on an instance field, or made with {@link #perTest()}, every test gets a
 * server of its own. Test methods and lifecycle methods may declare a {@link CventMockServer} parameter.
 * <p>
 * Servers are kept in JUnit's extension store, in the context they were started for (the declaring class, or one
 * test), so JUnit stops each one when that context ends, whatever happens in between; nested classes find their
 * outer class's server there. With test methods of one class running in parallel on per-test servers, use the
 * parameter rather than {@link #server()}, which names the server started or reset last.
 */
public final class CventMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CventMockExtension.class);

    private final Consumer<CventMockServer.Builder> settings;
    private final boolean perTest;
    private volatile CventMockServer current;

    private CventMockExtension(Consumer<CventMockServer.Builder> settings, boolean perTest) {
        this.settings = Objects.requireNonNull(settings);
        this.perTest = perTest;
    }

    /** A server on the defaults (port 0, account TEST/test/test, lenient). */
    public static CventMockExtension create() {
        return new CventMockExtension(b -> { }, false);
    }

    /** A server with settings: {@code create(b -> b.strict(true).fixtures(Path.of("fixtures.json")))}. */
    public static CventMockExtension create(Consumer<CventMockServer.Builder> settings) {
        return new CventMockExtension(settings, false);
    }

    /** The same settings, but a fresh server for every test. */
    public CventMockExtension perTest() {
        return new CventMockExtension(settings, true);
    }

    /** The running server; only during a test (or its lifecycle methods). */
    public CventMockServer server() {
        CventMockServer s = current;
        if (s == null || !s.isRunning()) {
            throw new IllegalStateException("the cvent-mock server runs only while tests run");
        }
        return s;
    }

    public String soapUrl() {
        return server().soapUrl();
    }

    public String wsdlUrl() {
        return server().wsdlUrl();
    }

    public String baseUrl() {
        return server().baseUrl();
    }

    /** A started server in the store; JUnit closes it (stopping the server) when its context ends. */
    private static final class Started implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final CventMockServer server;

        Started(CventMockServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest && find(context) == null) { // a nested class finds its outer class's server
            startIn(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Started found = find(context);
        if (found == null) {
            startIn(context); // per test: an instance field, or perTest()
        } else {
            found.server.reset();
            current = found.server;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CventMockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started found = find(context);
        return found != null ? found.server : startIn(context); // a @BeforeEach of a per-test extension asked first
    }

    /** The server this extension started for this context or one enclosing it. */
    private Started find(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(this, Started.class);
    }

    private CventMockServer startIn(ExtensionContext context) {
        CventMockServer.Builder b = CventMockServer.builder().port(0);
        settings.accept(b);
        CventMockServer server = b.build().start();
        context.getStore(NAMESPACE).put(this, new Started(server));
        current = server;
        return server;
    }
}
