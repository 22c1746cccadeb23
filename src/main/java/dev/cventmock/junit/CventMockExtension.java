package dev.cventmock.junit;

import dev.cventmock.server.CventMockServer;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
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
 * Registered on a static field, one server serves the whole test class and is reset to its start-up state
 * (fixtures reloaded; sessions, journal and fault rules cleared) before every test. Registered on an
 * instance field, or made with {@link #perTest()}, every test gets a server of its own. Test methods and
 * lifecycle methods may declare a {@link CventMockServer} parameter.
 */
public final class CventMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final Consumer<CventMockServer.Builder> settings;
    private final boolean perTest;
    private CventMockServer server;
    private boolean classScoped;

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
        if (server == null) {
            throw new IllegalStateException("the cvent-mock server runs only while tests run");
        }
        return server;
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

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            server = start();
            classScoped = true;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = start();
        } else if (classScoped) {
            server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classScoped) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        classScoped = false;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CventMockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            server = start(); // a @BeforeEach of a per-test extension asked before beforeEach ran
        }
        return server;
    }

    private CventMockServer start() {
        CventMockServer.Builder b = CventMockServer.builder().port(0);
        settings.accept(b);
        return b.build().start();
    }

    private void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
