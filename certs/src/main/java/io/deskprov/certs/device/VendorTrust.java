package io.deskprov.certs.device;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.UnreadableFileException;
import io.deskprov.certs.internal.PemFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CAs of phone makers whose factory certificates we accept, each with the rules that find
 * the MAC address in that maker's certificates.
 *
 * <p>On disk it is a folder with one sub-folder per vendor, such as {@code vendor-ca/yealink/},
 * holding PEM or DER files ({@code .pem}, {@code .crt}, {@code .cer}, {@code .der}). Self-signed
 * certificates become trust anchors; the others serve as intermediates for building chains.
 */
public final class VendorTrust {
    private static final Logger logger = LoggerFactory.getLogger(VendorTrust.class);
    private static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der");

    private final Map<X509Certificate, String> vendorByCertificate;
    private final Map<String, List<MacExtractionRule>> rules;

    private VendorTrust(Map<X509Certificate, String> vendorByCertificate, Map<String, List<MacExtractionRule>> rules) {
        this.vendorByCertificate = Map.copyOf(vendorByCertificate);
        this.rules = Map.copyOf(rules);
    }

    /**
     * Returns a trust that accepts no vendor certificate.
     */
    public static VendorTrust none() {
        return new VendorTrust(Map.of(), Map.of());
    }

    /**
     * Returns a trust in the given vendor CA certificates, with the rules given for a vendor or
     * else the defaults of {@link MacExtractionRules#forVendor(String)}.
     *
     * @param certificatesByVendor the CA certificates, keyed by vendor name
     * @param rules MAC extraction rules that replace the defaults, keyed by vendor name
     */
    public static VendorTrust of(Map<String, List<X509Certificate>> certificatesByVendor,
                                 Map<String, List<MacExtractionRule>> rules) {
        final Map<X509Certificate, String> vendors = new LinkedHashMap<>();
        final Map<String, List<MacExtractionRule>> allRules = new LinkedHashMap<>();
        certificatesByVendor.forEach((vendor, certificates) -> {
            final String name = vendor.toLowerCase(Locale.ROOT);
            certificates.forEach(certificate -> vendors.putIfAbsent(certificate, name));
            allRules.put(name, List.copyOf(rules.getOrDefault(vendor, MacExtractionRules.forVendor(name))));
        });
        return new VendorTrust(vendors, allRules);
    }

    /**
     * Reads the vendor CA folder; a missing folder trusts no vendor.
     *
     * @param rules MAC extraction rules that replace the defaults, keyed by vendor name
     * @throws PkiException if a file in it cannot be read or holds no certificate
     */
    public static VendorTrust load(Path directory, Map<String, List<MacExtractionRule>> rules) throws PkiException {
        requireNonNull(directory, "directory");
        final Map<String, List<X509Certificate>> certificates = new LinkedHashMap<>();
        for (Path vendorDirectory : list(directory)) {
            if (Files.isDirectory(vendorDirectory)) {
                final List<X509Certificate> found = new ArrayList<>();
                for (Path file : list(vendorDirectory)) {
                    if (isCertificateFile(file)) {
                        found.addAll(PemFiles.readCertificates(file));
                    }
                }
                certificates.put(vendorDirectory.getFileName().toString(), found);
                logger.info("Trusting {} certificates of vendor {}", found.size(), vendorDirectory.getFileName());
            }
        }
        return of(certificates, rules);
    }

    /** Returns the self-signed vendor certificates, the roots of trust. */
    public List<X509Certificate> anchors() {
        return vendorByCertificate.keySet().stream().filter(VendorTrust::isSelfSigned).toList();
    }

    /** Returns the other vendor certificates, which help to build chains to the anchors. */
    public List<X509Certificate> intermediates() {
        return vendorByCertificate.keySet().stream().filter(c -> !isSelfSigned(c)).toList();
    }

    /** Returns the vendor of a vendor CA certificate, or {@code null} for any other. */
    @Nullable String vendorOf(X509Certificate certificate) {
        return vendorByCertificate.get(certificate);
    }

    /** Returns the MAC extraction rules of a vendor. */
    List<MacExtractionRule> rulesFor(String vendor) {
        return rules.getOrDefault(vendor, MacExtractionRules.forVendor(vendor));
    }

    private static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static boolean isCertificateFile(Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static List<Path> list(Path directory) throws PkiException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UnreadableFileException(directory, "cannot be listed", e);
        }
    }
}
