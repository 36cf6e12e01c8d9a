package io.deskprov.templates.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Checks on the URLs in render requests.
 */
public final class Urls {

    private Urls() {
    }

    /**
     * Returns an http or https URL that ends with a slash, so that file names can be appended.
     *
     * @throws IllegalArgumentException naming {@code field} if the URL is not http or https, has no
     *         host, or carries a query or fragment
     */
    public static URI folder(String field, URI url) {
        requireNonNull(url, field);
        final String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(field + ": '" + url + "' is not an http or https URL");
        }
        if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(field + ": '" + url + "' needs a host and no query or fragment");
        }
        Fields.oneLine(field, url.toString());
        return url.toString().endsWith("/") ? url : URI.create(url + "/");
    }
}
