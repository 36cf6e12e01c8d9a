package io.deskprov.certs.ca;

import io.deskprov.certs.PkiException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.util.IPAddress;

/**
 * Turns the host names and IP addresses of a server into subject alternative names.
 */
final class SubjectNames {
    // Letters, digits and hyphens in dot-separated labels, optionally behind one leading wildcard.
    private static final Pattern HOST_NAME =
            Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private SubjectNames() {
    }

    /**
     * Returns one name each, an IP address name for IPv4 and IPv6 literals and a DNS name
     * otherwise, in the order given.
     *
     * @throws PkiException if the list is empty or a name is neither
     */
    static GeneralNames of(List<String> names) throws PkiException {
        if (names.isEmpty()) {
            throw new PkiException("a server certificate needs at least one host name or IP address");
        }
        final GeneralName[] result = new GeneralName[names.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = of(names.get(i));
        }
        return new GeneralNames(result);
    }

    private static GeneralName of(String name) throws PkiException {
        final String trimmed = name.strip();
        if (IPAddress.isValid(trimmed)) {
            return new GeneralName(GeneralName.iPAddress, trimmed);
        }
        final String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.length() <= 253 && HOST_NAME.matcher(lower).matches()) {
            return new GeneralName(GeneralName.dNSName, lower);
        }
        throw new PkiException("not a host name or IP address: '" + trimmed + "'");
    }
}
