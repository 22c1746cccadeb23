package dev.cventmock.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared benchmark payloads (request-1.xml, request-200.xml), with a session and fresh guest ids. */
final class BenchPayloads {
    private static final Pattern GUEST_ID = Pattern.compile("(<Guest Id=\")([0-9A-F-]{36})(\")");

    private BenchPayloads() {
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
