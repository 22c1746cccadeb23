package dev.cventmock.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.CvObject;
import com.cvent.schemas.api._2006_11.CvObjectType;
import com.cvent.schemas.api._2006_11.Guest;
import com.cvent.schemas.api._2006_11.IdArray;
import com.cvent.schemas.api._2006_11.LoginResult;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.TestEngine;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS as a client with a hard-coded vendor URL meets it: the CA fetched from the admin API, the vendor's host name
 * resolved to this machine (src/test/resources/tls/hosts), every certificate check on.
 */
class HttpsTest {
    static final String EVENT = "7A1B2C3D-0000-4000-8000-00000000A443";

    @TempDir
    Path dir;

    /** The CA as a client gets it: PEM from the admin API, into a trust store of its own. */
    static SSLContext trusting(CventMockServer server) throws Exception {
        HttpResponse<byte[]> pem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.adminUrl() + "/tls/ca.pem"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pem.statusCode());
        assertTrue(pem.headers().firstValue("Content-Type").orElse("").startsWith("application/x-pem-file"));
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.body()));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("cvent-mock", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void aGeneratedClientConfiguredForApiCventComRunsUnchanged() throws Exception {
        try (CventMockServer server = TestEngine.builder().httpsPort(0).build().start()) {
            String vendorUrl = "https://api.cvent.com:" + server.httpsPort() + "/soap/V200611.ASMX";
            V200611Soap port = new V200611(new URL(server.wsdlUrl())).getV200611Soap();
            Map<String, Object> context = ((BindingProvider) port).getRequestContext();
            context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, vendorUrl);
            context.put("com.sun.xml.ws.transport.https.client.SSLSocketFactory", trusting(server).getSocketFactory());

            LoginResult login = port.login("TEST", "test", "test");
            assertTrue(login.isLoginSuccess());
            assertEquals(vendorUrl, login.getServerURL(), "ServerURL names the server as the client reached it");
            context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, login.getServerURL());
            CventSessionHeader session = new CventSessionHeader();
            session.setCventSessionValue(login.getCventSessionHeader());
            Guest guest = new Guest();
            guest.setId("G-TLS-1");
            guest.setFirstName("Secure");
            ArrayOfGuest guests = new ArrayOfGuest();
            guests.getGuest().add(guest);
            assertTrue(port.updateGuestInfo(EVENT, guests, new Holder<>(session)).getUpdateGuestResult().get(0).isSuccess());
            IdArray ids = new IdArray();
            ids.getId().add("G-TLS-1");
            List<CvObject> back = port.retrieve(CvObjectType.GUEST, ids, new Holder<>(session)).getCvObject();
            assertEquals("Secure", ((Guest) back.get(0)).getFirstName());
            assertEquals(1, server.journal().count("UpdateGuestInfo", EVENT, "G-TLS-1"));
        }
    }

    @Test
    void theWsdlAndHelpPagesNameTheSchemeAndHostTheClientUsed() throws Exception {
        try (CventMockServer server = TestEngine.builder().httpsPort(0).build().start()) {
            HttpClient https = HttpClient.newBuilder().sslContext(server.sslContext()).build();
            String wsdl = https.send(HttpRequest.newBuilder(URI.create("https://sandbox-api.cvent.com:" + server.httpsPort()
                    + "/soap/V200611.ASMX?WSDL")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(wsdl.contains("location=\"https://sandbox-api.cvent.com:" + server.httpsPort() + "/soap/V200611.ASMX\""), wsdl);
            String help = https.send(HttpRequest.newBuilder(URI.create(server.httpsSoapUrl() + "?op=Login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(help.contains("Host: 127.0.0.1:" + server.httpsPort()), help);
            String plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.wsdlUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(plain.contains("location=\"http://127.0.0.1:" + server.port()), "plain HTTP still names http");
            HttpResponse<String> xs2event = https.send(HttpRequest.newBuilder(URI.create("https://api.xs2event.com:"
                    + server.httpsPort() + "/v1/bookingorders/0123456789abcdef0123456789abcdef_bor/guestdata"))
                    .header("X-Api-Key", "test").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, xs2event.statusCode(), "the XS2event API answers over TLS too: " + xs2event.body());
        }
    }

    @Test
    void anUntrustingClientFailsTheHandshake() throws Exception {
        try (CventMockServer server = TestEngine.builder().httpsPort(0).build().start()) {
            HttpClient defaults = HttpClient.newHttpClient(); // the JDK's own trust store: the local CA is not in it
            assertThrows(SSLHandshakeException.class, () -> defaults.send(HttpRequest.newBuilder(URI.create(server.httpsSoapUrl()
                    + "?WSDL")).build(), HttpResponse.BodyHandlers.ofString()));
            try (CventMockServer other = TestEngine.builder().httpsPort(0).build().start()) {
                HttpClient trustsTheOther = HttpClient.newBuilder().sslContext(other.sslContext()).build();
                assertThrows(SSLHandshakeException.class, () -> trustsTheOther.send(HttpRequest.newBuilder(
                        URI.create(server.httpsSoapUrl() + "?WSDL")).build(), HttpResponse.BodyHandlers.ofString()),
                        "each server without a TLS directory has a CA of its own");
            }
        }
    }

    @Test
    void tls12And13AreServed() throws Exception {
        try (CventMockServer server = TestEngine.builder().httpsPort(0).build().start()) {
            for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
                try (SSLSocket socket = (SSLSocket) server.sslContext().getSocketFactory().createSocket("127.0.0.1", server.httpsPort())) {
                    socket.setEnabledProtocols(new String[] {protocol});
                    socket.startHandshake();
                    assertEquals(protocol, socket.getSession().getProtocol());
                }
            }
        }
    }

    @Test
    void garbageAndSlowHandshakesLeaveTheServerServing() throws Exception {
        try (CventMockServer server = TestEngine.builder().httpsPort(0).idleTimeout(Duration.ofSeconds(1)).build().start()) {
            try (Socket garbage = new Socket()) {
                garbage.connect(new InetSocketAddress("127.0.0.1", server.httpsPort()), 5_000);
                garbage.setSoTimeout(10_000);
                OutputStream out = garbage.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[] {0x16, 0x03, 0x01, (byte) 0xff, (byte) 0xff, 1, 2, 3});
                out.flush();
                assertClosedSoon(garbage.getInputStream());
            }
            try (Socket slow = new Socket()) {
                slow.connect(new InetSocketAddress("127.0.0.1", server.httpsPort()), 5_000);
                slow.setSoTimeout(10_000);
                slow.getOutputStream().write(new byte[] {0x16, 0x03, 0x01}); // the start of a ClientHello, then nothing
                slow.getOutputStream().flush();
                HttpClient https = HttpClient.newBuilder().sslContext(server.sslContext()).build();
                assertEquals(200, https.send(HttpRequest.newBuilder(URI.create(server.httpsSoapUrl() + "?WSDL")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(), "served while a handshake stalls");
                assertClosedSoon(slow.getInputStream());
            }
            HttpClient https = HttpClient.newBuilder().sslContext(server.sslContext()).build();
            assertEquals(200, https.send(HttpRequest.newBuilder(URI.create(server.httpsSoapUrl() + "?WSDL")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    /** The server ends the connection (an alert, then the close) well before the client's 10-second read time-out. */
    private static void assertClosedSoon(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // an alert record may come first
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a broken handshake open", e);
        } catch (IOException reset) {
            // closed by a reset: closed all the same
        }
    }

    @Test
    void httpsOnlyAndTheCaKeptInItsDirectoryAcrossRestarts() throws Exception {
        Path tls = dir.resolve("tls");
        String first;
        try (CventMockServer server = TestEngine.builder().http(false).httpsPort(0).tlsDir(tls)
                .publicBaseUrl("https://cvent-mock.example.test:9443").build().start()) {
            assertTrue(server.baseUrl().startsWith("https://"), server.baseUrl());
            assertThrows(IllegalStateException.class, server::port);
            first = server.caCertificatePem();
            HttpsURLConnection c = (HttpsURLConnection) new URL(server.adminUrl() + "/health").openConnection();
            c.setSSLSocketFactory(server.sslContext().getSocketFactory());
            assertEquals(200, c.getResponseCode());
            X509Certificate served = (X509Certificate) c.getServerCertificates()[0];
            List<String> names = served.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList();
            assertTrue(names.containsAll(List.of("localhost", "api.cvent.com", "sandbox-api.cvent.com", "api.xs2event.com",
                    "testapi.xs2event.com", "cvent-mock.example.test", "127.0.0.1")), names.toString());
            c.disconnect();
        }
        assertEquals(first, Files.readString(tls.resolve("ca.pem")));
        try (CventMockServer again = TestEngine.builder().httpsPort(0).tlsDir(tls).build().start()) {
            assertEquals(first, again.caCertificatePem(), "a client that trusted the CA keeps trusting it");
        }
    }

    @Test
    void aUserKeyStoreReplacesTheGeneratedCertificate() throws Exception {
        LocalCa ca = LocalCa.loadOrCreate(null);
        KeyStore own = ca.issueServerKeyStore(List.of("localhost", "127.0.0.1"), "secret".toCharArray());
        Path file = dir.resolve("own.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            own.store(out, "secret".toCharArray());
        }
        try (CventMockServer server = TestEngine.builder().httpsPort(0).keyStore(file, "secret").build().start()) {
            assertEquals(ca.pem(), server.caCertificatePem(), "the root of the user's chain is what clients trust");
            HttpClient https = HttpClient.newBuilder().sslContext(server.sslContext()).build();
            assertEquals(200, https.send(HttpRequest.newBuilder(URI.create(server.httpsSoapUrl() + "?WSDL")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        CventMockServer.Builder wrongPassword = TestEngine.builder().httpsPort(0).keyStore(file, "nope");
        CventMockServer.InvalidSetting e = assertThrows(CventMockServer.InvalidSetting.class, () -> wrongPassword.build().start());
        assertEquals("tls-keystore", e.setting());
    }

    @Test
    void withoutHttpsTheAdminApiSaysSo() throws Exception {
        try (CventMockServer server = TestEngine.builder().build().start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.adminUrl()
                    + "/tls/ca.pem")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("--https-port"), r.body());
        }
        assertThrows(CventMockServer.InvalidSetting.class, () -> TestEngine.builder().http(false).build().start());
    }
}
