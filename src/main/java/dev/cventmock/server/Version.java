package dev.cventmock.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, filtered into a resource at build time. */
final class Version {
    private static final String VERSION = read();

    private Version() {
    }

    static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/cvent-mock.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
