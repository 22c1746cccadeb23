package dev.cventmock.server;

import java.util.logging.Level;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging for the command line: one format on standard error for Jetty, Metro (java.util.logging, bridged)
 * and the emulator. Only the CLI calls this; in-process users keep their own logging configuration.
 */
final class LogSetup {
    private LogSetup() {
    }

    static void configure() {
        defaultProperty("org.slf4j.simpleLogger.showDateTime", "true");
        defaultProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSX");
        defaultProperty("org.slf4j.simpleLogger.showThreadName", "false");
        defaultProperty("org.slf4j.simpleLogger.showShortLogName", "false");
        defaultProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
        defaultProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        defaultProperty("org.slf4j.simpleLogger.log.com.sun.xml", "warn");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
        java.util.logging.Logger.getLogger("com.sun.xml").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("jakarta.enterprise").setLevel(Level.WARNING);
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
