package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * An extra certificate authority the phone should trust, given either as PEM text or as the URL the
 * phone fetches it from. Exactly one of the two is set.
 *
 * @param pem one or more PEM certificates, or {@code null}
 * @param url an http or https URL, or {@code null}
 */
public record TrustedCa(@Nullable String pem, @Nullable URI url) {

    public TrustedCa {
        if ((pem == null) == (url == null)) {
            throw new IllegalArgumentException("trusted CA: exactly one of pem and url must be set");
        }
    }

    /** Returns a trusted CA given as PEM text. */
    public static TrustedCa ofPem(String pem) {
        return new TrustedCa(requireNonNull(pem, "pem"), null);
    }

    /** Returns a trusted CA the phone downloads. */
    public static TrustedCa ofUrl(URI url) {
        return new TrustedCa(null, requireNonNull(url, "url"));
    }
}
