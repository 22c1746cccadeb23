package dev.cventmock.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the HTTPS port serves with, and what a client needs to trust it: the server's key store, and the certificate
 * clients anchor their trust on (the local CA, or the last certificate of a user key store's chain).
 */
public final class TlsMaterial {
    /** The vendors' published API hosts, which a generated server certificate covers by default. */
    public static final List<String> VENDOR_HOSTS = List.of("api.cvent.com", "sandbox-api.cvent.com", "api.xs2event.com",
            "testapi.xs2event.com");
    /** The password of the trust stores the admin API gives out (a trust store holds no secret). */
    public static final String TRUST_STORE_PASSWORD = "changeit";
    /** Names a generated server certificate always covers, beside the configured ones. */
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate trustAnchor;
    private final List<String> names;

    private TlsMaterial(KeyStore keyStore, char[] password, X509Certificate trustAnchor, List<String> names) {
        this.keyStore = keyStore;
        this.password = password;
        this.trustAnchor = trustAnchor;
        this.names = names;
    }

    /**
     * A server certificate for the loopback names and {@code hosts}, from the CA kept in {@code caDir} (made on first
     * use) or from a CA in memory when {@code caDir} is null.
     */
    public static TlsMaterial generated(Path caDir, List<String> hosts) throws IOException, GeneralSecurityException {
        LocalCa ca = LocalCa.loadOrCreate(caDir);
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(LOOPBACK);
        for (String h : hosts) {
            String n = h.strip().toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && !n.equals("0.0.0.0") && !n.equals("::")) {
                all.add(n.startsWith("[") && n.endsWith("]") ? n.substring(1, n.length() - 1) : n);
            }
        }
        List<String> names = List.copyOf(all);
        char[] password = java.util.UUID.randomUUID().toString().toCharArray(); // lives only in this process
        return new TlsMaterial(ca.issueServerKeyStore(names, password), password, ca.certificate(), names);
    }

    /** The user's own key store (PKCS12 or JKS, by content): its first key entry is served. */
    public static TlsMaterial provided(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the key store " + file);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), password); // PKCS12 or JKS, told apart by content
        } catch (IOException | GeneralSecurityException e) {
            throw new GeneralSecurityException(file + " is not a PKCS12 or JKS key store this password opens (" + e.getMessage() + ")", e);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Certificate[] chain = store.getCertificateChain(alias);
                if (chain == null || chain.length == 0 || !(chain[chain.length - 1] instanceof X509Certificate anchor)) {
                    throw new GeneralSecurityException("the key entry '" + alias + "' of " + file + " has no certificate chain");
                }
                return new TlsMaterial(store, password, anchor, List.of());
            }
        }
        throw new GeneralSecurityException(file + " holds no private key entry");
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public char[] password() {
        return password.clone();
    }

    /** The names the generated server certificate covers (empty for a user key store). */
    public List<String> names() {
        return names;
    }

    /** The certificate a client trusts to trust this server. */
    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    /** {@link #trustAnchor()} in PEM. */
    public String trustAnchorPem() {
        return pem(trustAnchor);
    }

    /** A trust store holding {@link #trustAnchor()}: {@code PKCS12} or {@code JKS}, password {@value #TRUST_STORE_PASSWORD}. */
    public byte[] trustStore(String type) throws GeneralSecurityException {
        KeyStore store = trustKeyStore(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return out.toByteArray();
    }

    /** A client SSLContext that trusts this server (and nothing else), with certificate checks on. */
    public SSLContext clientContext() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustKeyStore("PKCS12"));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** A key store ({@code PKCS12} or {@code JKS}) holding {@link #trustAnchor()} and nothing secret. */
    public KeyStore trustKeyStore(String type) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        store.setCertificateEntry("cvent-mock-ca", trustAnchor);
        return store;
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + LocalCa.base64(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
