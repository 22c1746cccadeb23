package dev.cventmock.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority: a key and a self-signed CA certificate, made once and kept in a directory
 * (so a client that trusts it keeps trusting it across restarts), or in memory only. It issues the server's certificate
 * for the names clients use, so a client with a hard-coded vendor URL can reach the emulator over TLS it trusts.
 * Certificates are made with Bouncy Castle's builders, signed by the JDK's own providers.
 */
public final class LocalCa {
    static final String FILE = "ca.p12";
    static final String PEM = "ca.pem";
    private static final String ALIAS = "cvent-mock-ca";
    /** Protects the CA's key file; the file itself is readable by its owner only. */
    private static final char[] FILE_PASSWORD = "cvent-mock".toCharArray();
    private static final String SIGNATURE = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final X509Certificate certificate;

    private LocalCa(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** The CA kept in {@code dir} (made there on first use), or a new one in memory when {@code dir} is null. */
    public static LocalCa loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        if (dir == null) {
            return create();
        }
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, FILE_PASSWORD);
            }
            if (!(store.getKey(ALIAS, FILE_PASSWORD) instanceof PrivateKey key)
                    || !(store.getCertificate(ALIAS) instanceof X509Certificate cert)) {
                throw new GeneralSecurityException(file + " holds no cvent-mock CA (entry '" + ALIAS + "')");
            }
            return new LocalCa(key, cert);
        }
        LocalCa ca = create();
        Files.createDirectories(dir);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, ca.key, FILE_PASSWORD, new Certificate[] {ca.certificate});
        Path tmp = dir.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            store.store(out, FILE_PASSWORD);
        }
        ownerOnly(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(PEM), ca.pem(), StandardCharsets.US_ASCII);
        return ca;
    }

    private static LocalCa create() throws GeneralSecurityException {
        KeyPair pair = rsa();
        X500Name name = new X500Name("CN=cvent-mock local CA " + Long.toHexString(RANDOM.nextLong() >>> 16) + ", O=cvent-mock");
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new LocalCa(pair.getPrivate(), sign(b, pair.getPrivate()));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate in PEM, as clients' trust settings take it. */
    public String pem() {
        return TlsMaterial.pem(certificate);
    }

    /**
     * A new server key and certificate for {@code names} (host names, or IPv4/IPv6 literals), signed by this CA, as a
     * key store with one entry (alias {@code server}) whose chain ends with the CA.
     */
    public KeyStore issueServerKeyStore(List<String> names, char[] password) throws GeneralSecurityException {
        KeyPair pair = rsa();
        List<GeneralName> alternatives = new ArrayList<>();
        for (String n : names) {
            alternatives.add(isAddress(n) ? new GeneralName(GeneralName.iPAddress, n) : new GeneralName(GeneralName.dNSName, n));
        }
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(397))),
                    new X500Name("CN=" + names.get(0).replaceAll("[,=+<>#;\"\\\\]", "") + ", O=cvent-mock"), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives.toArray(GeneralName[]::new)))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
            X509Certificate server = sign(b, key);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try {
                store.load(null, null);
            } catch (IOException e) {
                throw new GeneralSecurityException(e);
            }
            store.setKeyEntry("server", pair.getPrivate(), password, new Certificate[] {server, certificate});
            return store;
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey signer) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, RANDOM);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    /** An IPv4 or IPv6 literal (never resolved: only literals are taken as addresses). */
    static boolean isAddress(String name) {
        if (name.indexOf(':') >= 0) {
            return true;
        }
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions (Windows): its own ACLs apply
        }
    }

    static String base64(byte[] der) {
        return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    }

}
