package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.internal.Urls;
import io.deskprov.templates.params.ParameterLayer;

/**
 * What is needed to render a vendor's files that are not tied to one device: Yealink's common boot
 * and per-model common files, Polycom's generic master file.
 *
 * @param vendor whose files to render
 * @param provisioningUrl the URL the phones fetch their files from; a trailing slash is added
 * @param layers the platform and company parameter layers, most general first
 */
public record SiteRenderRequest(Vendor vendor, URI provisioningUrl, List<ParameterLayer> layers) {

    public SiteRenderRequest {
        requireNonNull(vendor, "vendor");
        provisioningUrl = Urls.folder("provisioningUrl", provisioningUrl);
        layers = List.copyOf(requireNonNull(layers, "layers"));
    }
}
