package io.deskprov.certs.internal;

import io.deskprov.certs.NotACertificateException;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.UnreadableFileException;
import io.deskprov.certs.WrongPassphraseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes certificates, CRLs and private keys as PEM (certificates also as DER).
 */
public final class PemFiles {
    /** Not registered with the JDK: only the key decryptors here use it. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PemFiles() {
    }

    /**
     * Reads every certificate in a PEM or DER file, in file order.
     *
     * @throws NotACertificateException if the file holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file)
            throws UnreadableFileException, NotACertificateException {
        final byte[] bytes = SafeFiles.read(file);
        final List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (Certificate certificate : certificateFactory().generateCertificates(new ByteArrayInputStream(bytes))) {
                certificates.add((X509Certificate) certificate);
            }
        } catch (CertificateException e) {
            throw new NotACertificateException(file, "does not hold X.509 certificates in PEM or DER", e);
        }
        if (certificates.isEmpty()) {
            throw new NotACertificateException(file, "holds no certificate", null);
        }
        return List.copyOf(certificates);
    }

    /**
     * Reads a CRL from a PEM or DER file.
     */
    public static X509CRL readCrl(Path file) throws UnreadableFileException, NotACertificateException {
        final byte[] bytes = SafeFiles.read(file);
        try {
            final CRL crl = certificateFactory().generateCRL(new ByteArrayInputStream(bytes));
            return (X509CRL) crl;
        } catch (CRLException e) {
            throw new NotACertificateException(file, "does not hold an X.509 CRL", e);
        }
    }

    /**
     * Reads a private key from PEM: PKCS#8 ({@code PRIVATE KEY}), the older PKCS#1 and SEC 1 forms
     * ({@code RSA PRIVATE KEY}, {@code EC PRIVATE KEY}), and, with a passphrase, encrypted PKCS#8
     * ({@code ENCRYPTED PRIVATE KEY}) and OpenSSL's older encrypted form ({@code Proc-Type:
     * 4,ENCRYPTED} with {@code DEK-Info}), decrypted by Bouncy Castle.
     *
     * @param passphrase the passphrase of an encrypted key, or null when the key is not encrypted
     * @throws NotACertificateException if the file holds no key, or an encrypted one and no passphrase
     * @throws WrongPassphraseException if the passphrase does not open the encrypted key
     */
    public static PrivateKey readPrivateKey(Path file, char @Nullable [] passphrase) throws PkiException {
        final String text = new String(SafeFiles.read(file), StandardCharsets.US_ASCII);
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                final PrivateKeyInfo key = keyInfo(file, item, passphrase);
                if (key != null) {
                    return new JcaPEMKeyConverter().getPrivateKey(key);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotACertificateException(file, "is not a readable PEM private key", e);
        }
        throw new NotACertificateException(file, "holds no PEM private key", null);
    }

    private static @Nullable PrivateKeyInfo keyInfo(Path file, Object item, char @Nullable [] passphrase)
            throws PkiException {
        if (item instanceof PrivateKeyInfo info) {
            return info;
        }
        if (item instanceof PEMKeyPair pair) {
            return pair.getPrivateKeyInfo();
        }
        if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            return decrypt(file, encrypted, required(file, passphrase));
        }
        if (item instanceof PEMEncryptedKeyPair encrypted) {
            return decrypt(file, encrypted, required(file, passphrase));
        }
        return null;
    }

    private static char[] required(Path file, char @Nullable [] passphrase) throws NotACertificateException {
        if (passphrase == null) {
            throw new NotACertificateException(file, "holds an encrypted private key, and no passphrase is given",
                                               null);
        }
        return passphrase;
    }

    private static PrivateKeyInfo decrypt(Path file, PKCS8EncryptedPrivateKeyInfo encrypted, char[] passphrase)
            throws WrongPassphraseException {
        try {
            return encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(passphrase));
        } catch (PKCSException | OperatorCreationException | RuntimeException e) {
            // A wrong passphrase shows as bad padding or, now and then, as bytes that do not parse.
            throw new WrongPassphraseException(file, "encrypted private key", e);
        }
    }

    private static PrivateKeyInfo decrypt(Path file, PEMEncryptedKeyPair encrypted, char[] passphrase)
            throws WrongPassphraseException {
        try {
            return encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE)
                                                                                .build(passphrase))
                            .getPrivateKeyInfo();
        } catch (IOException | RuntimeException e) {
            throw new WrongPassphraseException(file, "encrypted private key", e);
        }
    }

    /**
     * Returns certificates and CRLs as PEM text.
     */
    public static String toPem(List<?> objects) {
        final StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM to memory failed", e);
        }
        return text.toString();
    }

    /**
     * Returns a private key as unencrypted PKCS#8 PEM text ({@code PRIVATE KEY}).
     */
    public static String toPem(PrivateKey key) {
        try {
            // JcaPEMWriter alone would write RSA keys as PKCS#1; we promise PKCS#8 for all keys.
            return toPem(List.of(new JcaPKCS8Generator(key, null).generate()));
        } catch (PemGenerationException e) {
            throw new IllegalStateException("encoding a " + key.getAlgorithm() + " key as PKCS#8 failed", e);
        }
    }

    /**
     * Returns the JDK's X.509 certificate factory.
     */
    public static CertificateFactory certificateFactory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the Java runtime has no X.509 certificate factory", e);
        }
    }
}
