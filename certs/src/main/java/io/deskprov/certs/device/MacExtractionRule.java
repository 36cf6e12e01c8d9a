package io.deskprov.certs.device;

import static java.util.Objects.requireNonNull;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;

/**
 * Where in a device certificate to look for the MAC address: a subject attribute or a kind of
 * subject alternative name, and a pattern whose first group captures the MAC (in any form that
 * {@link io.deskprov.certs.MacAddress#parse(String)} reads).
 *
 * @param field the part of the certificate to look in
 * @param pattern matched against each value of that part; the first group is the MAC
 */
public record MacExtractionRule(Field field, Pattern pattern) {
    /**
     * The parts of a certificate a rule can look in.
     */
    public enum Field {
        /** The subject common name (CN). */
        SUBJECT_COMMON_NAME(BCStyle.CN, -1),
        /** The subject serial number attribute (serialNumber, 2.5.4.5), not the certificate serial. */
        SUBJECT_SERIAL_NUMBER(BCStyle.SERIALNUMBER, -1),
        /** The subject organisational unit (OU). */
        SUBJECT_ORGANIZATIONAL_UNIT(BCStyle.OU, -1),
        /** A URI subject alternative name. */
        SAN_URI(null, 6),
        /** A DNS subject alternative name. */
        SAN_DNS(null, 2);

        private final @Nullable ASN1ObjectIdentifier attribute;
        private final int nameType;

        Field(@Nullable ASN1ObjectIdentifier attribute, int nameType) {
            this.attribute = attribute;
            this.nameType = nameType;
        }
    }

    /**
     * Creates a rule; the pattern must have at least one group.
     */
    public MacExtractionRule {
        requireNonNull(field, "field");
        requireNonNull(pattern, "pattern");
        if (pattern.matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("pattern: " + pattern + " (expected a group capturing the MAC)");
        }
    }

    /**
     * Creates a rule from a regular expression, matched case-insensitively.
     */
    public static MacExtractionRule of(Field field, String regex) {
        return new MacExtractionRule(field, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /**
     * Returns the text captured from the first value of the field that the pattern finds.
     */
    public Optional<String> extract(X509Certificate certificate) {
        for (String value : values(certificate)) {
            final Matcher matcher = pattern.matcher(value);
            if (matcher.find() && matcher.group(1) != null) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** Rules are equal when they look in the same field with the same expression and flags. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MacExtractionRule rule && rule.field == field
                && rule.pattern.pattern().equals(pattern.pattern()) && rule.pattern.flags() == pattern.flags();
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, pattern.pattern(), pattern.flags());
    }

    private List<String> values(X509Certificate certificate) {
        final List<String> values = new ArrayList<>();
        if (field.attribute != null) {
            final X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            for (RDN rdn : subject.getRDNs(field.attribute)) {
                values.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
            }
            return values;
        }
        try {
            final Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                names.stream().filter(name -> (Integer) name.get(0) == field.nameType)
                        .forEach(name -> values.add(String.valueOf(name.get(1))));
            }
        } catch (CertificateParsingException e) {
            // A certificate with unreadable alternative names has no MAC there.
        }
        return values;
    }
}
