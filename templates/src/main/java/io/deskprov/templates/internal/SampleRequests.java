package io.deskprov.templates.internal;

import java.net.URI;
import java.util.List;

import io.deskprov.templates.Contact;
import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.SipAccount;
import io.deskprov.templates.SiteRenderRequest;
import io.deskprov.templates.Workplace;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.Level;
import io.deskprov.templates.params.ParameterLayer;

/**
 * Requests that exercise every branch of the bundled templates, for checking an operator's
 * templates without real data.
 */
public final class SampleRequests {
    private static final URI PROVISIONING_URL = URI.create("https://prov.example.net/p/");
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBsample\n-----END CERTIFICATE-----";

    private SampleRequests() {
    }

    /** Returns a site request with company-level parameters for {@code vendor}. */
    public static SiteRenderRequest site(Vendor vendor) {
        return new SiteRenderRequest(vendor, PROVISIONING_URL, List.of(company()));
    }

    /** Returns a device request for {@code model} with two accounts where the model holds two. */
    public static DeviceRenderRequest device(PhoneModel model) {
        final DeviceRenderRequest.Builder builder =
                DeviceRenderRequest.builder("0004f2000001", model.vendor(), model.model())
                                   .workplace(new Workplace("Sample desk", "Sam Sample"))
                                   .provisioningUrl(PROVISIONING_URL)
                                   .layer(company())
                                   .layer(ParameterLayer.of(Level.DEVICE,
                                                            "linekey.1", "line:1:Sample",
                                                            "linekey.2", "blf:201:Reception",
                                                            "linekey.3", "speeddial:+4930123456:Hotline",
                                                            "trusted.ca", PEM))
                                   .contact(new Contact("Ada", "Sample", "202"));
        for (int i = 1; i <= Math.min(2, model.sipAccounts()); i++) {
            builder.account(new SipAccount("10" + i, "10" + i, "sample-secret", "sip.example.net",
                                           "Sample " + i, ""));
        }
        return builder.build();
    }

    private static ParameterLayer company() {
        return ParameterLayer.of(Level.COMPANY,
                                 "time.zone", "Europe/Berlin",
                                 "ntp.servers", "ntp1.example.net,ntp2.example.net",
                                 "sip.outbound.proxy", "proxy.example.net:5061",
                                 "vendor.yealink.features.dnd.enable", "1",
                                 "vendor.polycom.feature.enhancedFeatureKeys.enabled", "1");
    }
}
