package dev.cventmock.testing;

import dev.cventmock.server.CventMockServer;
import dev.cventmock.soap.SoapEngine;

/**
 * The SOAP engine the engine-agnostic SOAP tests run on: the streaming engine in the build's first pass, Metro in
 * its second (the surefire execution "metro-engine" sets {@code cventmock.test.engine=metro} and runs the same
 * classes again), so every SOAP behaviour is held on both engines without a copy of any test.
 */
public final class TestEngine {
    private TestEngine() {
    }

    public static SoapEngine current() {
        return SoapEngine.of(System.getProperty("cventmock.test.engine", "streaming"));
    }

    /** A server builder on the engine of this pass. */
    public static CventMockServer.Builder builder() {
        return CventMockServer.builder().soapEngine(current());
    }

    /** For {@code CventMockExtension.create(TestEngine::applyTo)}. */
    public static void applyTo(CventMockServer.Builder b) {
        b.soapEngine(current());
    }
}
