package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.ApiQuota;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.GuestService;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.cvent.guests.UpdatePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared benchmark payloads (request-1.xml, request-200.xml), with a session and fresh guest ids. */
final class BenchPayloads {
    private static final Pattern GUEST_ID = Pattern.compile("(<Guest Id=\")([0-9A-F-]{36})(\")");

    private BenchPayloads() {
    }

    /** A fresh Cvent backend with a session "bench-token", and the operations over it. */
    static V200611Operations operations(CventBackend[] backend) {
        Clock clock = Clock.systemUTC();
        GuestStore store = new GuestStore();
        SessionRegistry sessions = new SessionRegistry(clock, Duration.ofHours(1));
        backend[0] = new CventBackend(store, new GuestService(store, clock, UpdatePolicy.lenient()),
                new LoginService(clock, sessions, 5), new ApiQuota(clock, 0));
        sessions.create("TEST", "test", "bench-token");
        return new V200611Operations(backend[0], new EndpointAddress("http://127.0.0.1:8080"));
    }

    static Path folder() {
        return Path.of(System.getProperty("cventmock.bench.payloads", "../shared/bench/payloads"));
    }

    static String request(int guests, String token) {
        try {
            String xml = Files.readString(folder().resolve("request-" + guests + ".xml"), StandardCharsets.UTF_8);
            return xml.replaceFirst("<CventSessionValue>[^<]*</CventSessionValue>", "<CventSessionValue>" + token + "</CventSessionValue>");
        } catch (IOException e) {
            throw new UncheckedIOException("the shared bench payloads are needed (-Dcventmock.bench.payloads=DIR)", e);
        }
    }

    /** The same request with every guest given a new random Id, as a distinct batch of guests. */
    static byte[] withFreshIds(String request) {
        Matcher m = GUEST_ID.matcher(request);
        StringBuilder out = new StringBuilder(request.length());
        while (m.find()) {
            m.appendReplacement(out, "$1" + UUID.randomUUID().toString().toUpperCase() + "$3");
        }
        return m.appendTail(out).toString().getBytes(StandardCharsets.UTF_8);
    }
}
