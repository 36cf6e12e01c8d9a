package io.deskprov.templates;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.params.Level;
import io.deskprov.templates.params.ParameterLayer;

/**
 * Shared test data: one renderer on a fixed clock, and device requests built the same way everywhere.
 */
public final class Fixtures {
    public static final ModelCatalog CATALOG = ModelCatalog.bundled();
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    public static final URI PROVISIONING_URL = URI.create("https://prov.example.com/p/");

    /** A password holding every character that XML or a template language might treat specially. */
    public static final String TRICKY_PASSWORD = "p&ss<w>rd\"'#set($x = 1)$x";

    private Fixtures() {
    }

    public static ProvisioningRenderer renderer() {
        return ProvisioningRenderer.builder(CATALOG).clock(CLOCK).build();
    }

    public static PhoneModel model(String vendorAndModel) {
        return CATALOG.models().stream()
                      .filter(m -> (m.vendor().id() + ' ' + m.model()).equalsIgnoreCase(vendorAndModel))
                      .findFirst()
                      .orElseThrow();
    }

    public static List<SipAccount> accounts(PhoneModel model) {
        final SipAccount first = new SipAccount("201", "auth201", TRICKY_PASSWORD, "pbx.example.com",
                                                "O'Brien & <Sons>", "Desk 201");
        final SipAccount second = new SipAccount("202", "202", "second-secret", "pbx.example.com", "Queue", "");
        return model.sipAccounts() > 1 ? List.of(first, second) : List.of(first);
    }

    public static ParameterLayer companyLayer() {
        return ParameterLayer.of(Level.COMPANY,
                                 "time.zone", "Europe/Berlin",
                                 "language", "de",
                                 "ntp.servers", "ntp1.example.com, ntp2.example.com",
                                 "codecs", "opus,g722,pcma",
                                 "sip.transport", "tls",
                                 "sip.port", "5061",
                                 "provisioning.polling.interval", "120");
    }

    public static ParameterLayer deviceLayer() {
        return ParameterLayer.of(Level.DEVICE,
                                 "linekey.1", "line:1:Main",
                                 "linekey.2", "blf:210:Reception",
                                 "linekey.3", "speeddial:+493012345:Hotline",
                                 "vendor.yealink.features.dnd.enable", "1",
                                 "vendor.polycom.feature.enhancedFeatureKeys.enabled", "1");
    }

    public static DeviceRenderRequest.Builder request(PhoneModel model) {
        final DeviceRenderRequest.Builder builder =
                DeviceRenderRequest.builder("80:5E:C0:12:34:56", model.vendor(), model.model())
                                   .workplace(new Workplace("Reception", "Ada Lovelace"))
                                   .provisioningUrl(PROVISIONING_URL)
                                   .layer(ParameterLayer.of(Level.PLATFORM, "sip.outbound.proxy", "edge.example.com"))
                                   .layer(companyLayer())
                                   .layer(deviceLayer())
                                   .contact(new Contact("Grace", "Hopper", "205"))
                                   .contact(new Contact("Tom & Jerry", "<Cartoon>", "206"));
        accounts(model).forEach(builder::account);
        return builder;
    }
}
