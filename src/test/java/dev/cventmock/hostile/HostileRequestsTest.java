package dev.cventmock.hostile;

import dev.cventmock.testing.TestEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.http.RequestLimits;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.soap.FaultAssertions;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * The committed corpus of hostile requests (src/test/resources/hostile/*.case), each sent as raw bytes over a
 * socket and answered with its expected status and a well-formed SOAP fault (with its code) or JSON error,
 * never a stack trace, class name or file path; after the corpus the server still answers a valid call.
 */
class HostileRequestsTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final int BODY_LIMIT = 1_048_576;
    static final String S1 = "http://schemas.cvent.com/api/2006-11";

    /** The session the newer cases carry, so that a refusal cannot come from the session check. */
    static final String VALID_SESSION = "hostile-valid-session";

    @RegisterExtension
    static CventMockExtension cvent = CventMockExtension.create(b -> b.soapEngine(TestEngine.current()).limits(new RequestLimits(BODY_LIMIT, 100, 200, 65_536, 1_048_576)));

    /** The server under test (on the engine of this pass: TestEngine). */
    CventMockServer server() {
        return cvent.server();
    }

    record Answer(int status, String headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAClearAnswer() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".case")).sorted().toList();
        }
        assertTrue(files.size() >= 60, "the corpus has at least 60 requests: " + files.size());
        server().sessions().create("TEST", "test", VALID_SESSION);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(Files.readString(f, StandardCharsets.UTF_8))));
        }
        tests.add(DynamicTest.dynamicTest("nothing a refused request carried was stored", () ->
                assertEquals(0, server().guestStore().guests("EVT-H").size(), () -> server().guestStore().guests("EVT-H").toString())));
        tests.add(DynamicTest.dynamicTest("afterwards the server still answers a valid call", () -> {
            SoapClient soap = new SoapClient(server().soapUrl());
            SoapClient.Response r = soap.post11("UpdateGuestInfo", Envelopes.update11(soap.login(), "EVT-AFTER", Envelopes.guest("Id", "G1")));
            assertEquals(200, r.status(), r.body());
        }));
        return tests.stream();
    }

    private void check(String spec) throws IOException {
        String expect = field(spec, "expect");
        Answer a = send(request(spec));
        String body = a.text();
        FaultAssertions.assertNoInternals(body);
        for (String part : expect.split("\\s+")) {
            String[] kv = part.split("=", 2);
            switch (kv[0]) {
                case "status" -> assertEquals(Integer.parseInt(kv[1]), a.status(), "status; answer:\n" + a.headers() + body);
                case "fault" -> assertFault(body, kv[1]);
                case "json" -> assertJsonError(body);
                default -> throw new AssertionError("unknown expectation " + part);
            }
        }
    }

    private static void assertFault(String body, String code) {
        Xml xml = Xml.parse(body);
        List<Element> faults = xml.elements("//soap:Fault | //soap12:Fault");
        assertEquals(1, faults.size(), "one SOAP fault:\n" + body);
        if (code.equals("any")) {
            return;
        }
        List<Element> codes = xml.elements("//soap:Fault/faultcode | //soap12:Code/soap12:Value | //soap12:Subcode/soap12:Value");
        boolean found = false;
        for (Element e : codes) {
            String text = e.getTextContent().strip();
            String local = text.substring(text.indexOf(':') + 1);
            String ns = e.lookupNamespaceURI(text.contains(":") ? text.substring(0, text.indexOf(':')) : null);
            if (local.equals(code) && (!code.startsWith("CV") || S1.equals(ns))) {
                found = true;
            }
        }
        assertTrue(found, "fault code " + code + " in:\n" + body);
    }

    private static void assertJsonError(String body) throws IOException {
        JsonNode json = new ObjectMapper().readTree(body);
        assertTrue(json != null && json.isObject() && (json.has("error") || json.has("message")), "a JSON error:\n" + body);
    }

    /** The bytes a case describes: raw, or request line, headers and body (inline, base64 or generated). */
    private byte[] request(String spec) {
        String raw = field(spec, "raw-base64");
        if (raw != null) {
            return Base64.getDecoder().decode(raw);
        }
        StringBuilder head = new StringBuilder(field(spec, "request-line")).append("\r\n");
        head.append("Host: 127.0.0.1:").append(server().port()).append("\r\n");
        for (String line : spec.split("\n")) {
            if (line.startsWith("header: ")) {
                head.append(line.substring(8)).append("\r\n");
            }
            if (line.equals("---")) {
                break;
            }
        }
        byte[] body;
        String gen = field(spec, "generate");
        String b64 = field(spec, "body-base64");
        if (gen != null) {
            return Generated.request(gen, head);
        } else if (b64 != null) {
            body = Base64.getDecoder().decode(b64);
        } else {
            int at = spec.indexOf("\n---\n");
            body = (at < 0 ? "" : spec.substring(at + 5)).getBytes(StandardCharsets.UTF_8);
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static String field(String spec, String name) {
        for (String line : spec.split("\n")) {
            if (line.equals("---")) {
                return null;
            }
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2).strip();
            }
        }
        return null;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Sends the bytes and reads the whole answer (the server closes: every request says Connection: close). */
    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server().port()), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer and close before a large body is fully sent; read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException reset) {
                // a reset after the answer arrived still leaves the answer readable
            }
            return parse(all.toByteArray());
        }
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            throw new AssertionError("no HTTP answer: " + text);
        }
        String headers = text.substring(0, end + 2);
        int status = Integer.parseInt(headers.substring(9, 12));
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = Generated.dechunk(body);
        }
        return new Answer(status, headers, body);
    }
}
