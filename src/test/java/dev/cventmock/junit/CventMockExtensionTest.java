package dev.cventmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension's contract, checked by running small test classes through the JUnit engine: a server per
 * class reset between tests, a server per test on request, injection, and classes in parallel each with
 * their own server. The inner classes are not run by the build directly (nested classes are skipped).
 */
class CventMockExtensionTest {
    static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();

    private static Events run(Map<String, String> config, Class<?>... classes) {
        var kit = EngineTestKit.engine("junit-jupiter").configurationParameters(config);
        for (Class<?> c : classes) {
            kit = kit.selectors(selectClass(c));
        }
        return kit.execute().testEvents();
    }

    @Test
    void oneServerPerClassIsResetBeforeEveryTest() {
        PORTS.clear();
        run(Map.of(), PerClass.class).assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertEquals(PORTS.get("PerClass.first"), PORTS.get("PerClass.second"), "one server for the class");
    }

    @Test
    void perTestGivesEveryTestItsOwnServer() {
        PORTS.clear();
        run(Map.of(), PerTest.class).assertStatistics(s -> s.started(2).succeeded(2));
        assertNotEquals(PORTS.get("PerTest.first"), PORTS.get("PerTest.second"));
    }

    @Test
    void twoClassesInParallelEachHaveTheirOwnServer() {
        PORTS.clear();
        ParallelA.bothRunning = new CountDownLatch(2);
        run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"), ParallelA.class, ParallelB.class)
                .assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertNotEquals(PORTS.get("ParallelA"), PORTS.get("ParallelB"));
    }

    static final Map<String, CventMockServer> SERVERS = new ConcurrentHashMap<>();

    private static void assertAllStopped() {
        assertFalse(SERVERS.isEmpty());
        SERVERS.forEach((name, server) -> {
            assertFalse(server.isRunning(), name + "'s server still runs");
            assertThrows(IllegalStateException.class, server::port, name + "'s server still holds its port");
        });
    }

    private static void assertNestedClassesSharedTheOuterServer() {
        assertSame(SERVERS.get("Outer"), SERVERS.get("Outer.Inner"));
        assertSame(SERVERS.get("Outer"), SERVERS.get("Outer.Inner.Deeper"));
    }

    @Test
    void nestedClassesShareTheServerOfTheClassThatDeclaresItAndItStopsAfterTheRun() {
        SERVERS.clear();
        run(Map.of(), Outer.class).assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        assertNestedClassesSharedTheOuterServer();
        assertAllStopped();
    }

    @Test
    void nestedClassesRunInParallelStillShareOneServerAndItStops() {
        SERVERS.clear();
        run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "3"), Outer.class, PerTest.class)
                .assertStatistics(s -> s.started(5).succeeded(5).failed(0));
        assertNestedClassesSharedTheOuterServer();
        assertNotSame(SERVERS.get("PerTest.first"), SERVERS.get("PerTest.second"));
        assertAllStopped();
    }

    @Test
    void perTestServersStopAfterTheirTests() {
        SERVERS.clear();
        run(Map.of(), PerTest.class).assertStatistics(s -> s.started(2).succeeded(2));
        assertAllStopped();
    }

    static class Outer {
        @RegisterExtension
        static CventMockExtension cvent = CventMockExtension.create();

        @Test
        void outer(CventMockServer server) {
            SERVERS.put("Outer", server);
            assertSame(server, cvent.server());
        }

        @Nested
        class Inner {
            @Test
            void inner(CventMockServer server) {
                SERVERS.put("Outer.Inner", server);
                assertTrue(server.isRunning());
            }

            @Nested
            class Deeper {
                @Test
                void deeper(CventMockServer server) {
                    SERVERS.put("Outer.Inner.Deeper", server);
                    assertTrue(server.isRunning());
                }
            }
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @RegisterExtension
        static CventMockExtension cvent = CventMockExtension.create(b -> b.maxGuestsPerCall(5));

        @Test
        @Order(1)
        void first(CventMockServer server) {
            PORTS.put("PerClass.first", server.port());
            SoapClient soap = new SoapClient(cvent.soapUrl());
            soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), "E", Envelopes.guest("Id", "G")));
            assertEquals(1, server.guestStore().size());
        }

        @Test
        @Order(2)
        void second(CventMockServer server) {
            PORTS.put("PerClass.second", server.port());
            assertEquals(0, server.guestStore().size(), "state from the first test was reset");
            assertEquals(0, server.sessions().list().size());
            assertEquals(5, server.guestService().policy().maxGuestsPerCall(), "settings survive the reset");
        }
    }

    static class PerTest {
        @RegisterExtension
        static CventMockExtension cvent = CventMockExtension.create().perTest();

        @Test
        void first(CventMockServer server) {
            PORTS.put("PerTest.first", server.port());
            SERVERS.put("PerTest.first", server);
            assertTrue(server.isRunning());
        }

        @Test
        void second(CventMockServer server) {
            PORTS.put("PerTest.second", server.port());
            SERVERS.put("PerTest.second", server);
            assertNotNull(cvent.wsdlUrl());
        }
    }

    static class ParallelA {
        static CountDownLatch bothRunning;

        @RegisterExtension
        static CventMockExtension cvent = CventMockExtension.create();

        @Test
        void writes(CventMockServer server) throws Exception {
            runAlongside("ParallelA", server);
        }

        static void runAlongside(String name, CventMockServer server) throws InterruptedException {
            PORTS.put(name, server.port());
            bothRunning.countDown();
            assertTrue(bothRunning.await(30, TimeUnit.SECONDS), "the other class ran at the same time");
            SoapClient soap = new SoapClient(server.soapUrl());
            soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), "E", Envelopes.guest("Id", name)));
            assertEquals(Set.of(name), Set.copyOf(server.guestStore().guests("E").stream().map(g -> g.id()).toList()),
                    "only this class's writes are in its server");
        }
    }

    static class ParallelB {
        @RegisterExtension
        static CventMockExtension cvent = CventMockExtension.create();

        @Test
        void writes(CventMockServer server) throws Exception {
            ParallelA.runAlongside("ParallelB", server);
        }
    }
}
