package io.deskprov.templates.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.templates.Contact;
import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.SipAccount;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.params.EffectiveParameters;
import io.deskprov.templates.params.HostPort;
import io.deskprov.templates.params.LineKey;
import io.deskprov.templates.params.TrustedCa;

/**
 * Builds the template context for one device's files.
 */
final class DeviceModel {
    private static final Logger logger = LoggerFactory.getLogger(DeviceModel.class);

    private DeviceModel() {
    }

    static Map<String, Object> of(DeviceRenderRequest request, PhoneModel phone, EffectiveParameters parameters,
                                  Instant now) {
        checkAccountCount(request, phone);
        final Map<String, Object> model = TemplateModel.common(phone.vendor(), request.provisioningUrl(),
                                                               parameters, now);
        model.put("device", device(request, phone, parameters));
        model.put("sip", sip(parameters));
        model.put("accounts", accounts(request.accounts(), parameters));
        model.put("trustedCa", trustedCa(request, parameters));
        model.put("phonebook", phonebook(request, parameters));
        new LineKeys(request, phone).addTo(model, parameters.lineKeys());
        return model;
    }

    private static void checkAccountCount(DeviceRenderRequest request, PhoneModel phone) {
        if (request.accounts().size() > phone.sipAccounts()) {
            throw new IllegalArgumentException("accounts: " + request.accounts().size() + " given, but the "
                                               + phone.model() + " holds " + phone.sipAccounts());
        }
    }

    private static Map<String, Object> device(DeviceRenderRequest request, PhoneModel phone,
                                              EffectiveParameters parameters) {
        final URI firmwareFolder = parameters.firmwareUrl()
                                             .map(url -> Urls.folder("firmware.url", url))
                                             .orElse(request.provisioningUrl().resolve("firmware/"));
        final String firmwareFile = parameters.firmwareFile().orElse(phone.firmware());
        final Map<String, Object> device = new LinkedHashMap<>();
        device.put("mac", request.mac());
        device.put("model", phone.model());
        device.put("family", phone.family());
        device.put("commonFile", phone.commonFileName().orElse(""));
        device.put("workplace", request.workplace().displayName());
        device.put("person", request.workplace().person());
        device.put("firmwareUrl", firmwareFolder + firmwareFile);
        return device;
    }

    private static Map<String, Object> sip(EffectiveParameters parameters) {
        final Map<String, Object> sip = new LinkedHashMap<>();
        final HostPort proxy = parameters.outboundProxy().orElse(null);
        sip.put("hasOutboundProxy", proxy != null);
        sip.put("outboundProxyHost", proxy == null ? "" : proxy.host());
        sip.put("outboundProxyPort", proxy == null ? 0 : proxy.port());
        sip.put("transport", parameters.sipTransport().id());
        sip.put("polycomTransport", parameters.sipTransport().polycomName());
        return sip;
    }

    private static List<Map<String, Object>> accounts(List<SipAccount> accounts, EffectiveParameters parameters) {
        final List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            final SipAccount account = accounts.get(i);
            final Map<String, Object> view = new LinkedHashMap<>();
            view.put("index", i + 1);
            view.put("userName", account.userName());
            view.put("authUserName", account.authUserName());
            view.put("password", account.password());
            view.put("domain", account.domain());
            view.put("displayName", account.displayName());
            view.put("label", account.label().isEmpty() ? account.userName() : account.label());
            view.put("server", parameters.sipServer().orElse(account.domain()));
            view.put("port", parameters.sipPort());
            view.put("yealinkTransport", parameters.sipTransport().yealinkCode());
            view.put("polycomTransport", parameters.sipTransport().polycomName());
            view.put("expires", parameters.registrationExpiry().toSeconds());
            list.add(view);
        }
        return list;
    }

    private static Map<String, Object> trustedCa(DeviceRenderRequest request, EffectiveParameters parameters) {
        final TrustedCa ca = parameters.trustedCa().orElse(null);
        final Map<String, Object> view = new LinkedHashMap<>();
        view.put("present", ca != null);
        view.put("pem", ca == null || ca.pem() == null ? "" : ca.pem());
        // A PEM cannot sit on a key = value line, so Yealink phones fetch it as a file of its own.
        final String url = ca == null ? ""
                : ca.url() != null ? ca.url().toString()
                : request.provisioningUrl() + caFileName(request.mac());
        view.put("url", url);
        return view;
    }

    /**
     * Returns the name of the file serving a device's trusted CA to Yealink phones.
     */
    static String caFileName(String mac) {
        return mac + "-trusted-ca.crt";
    }

    // Yealink refreshes its remote phone book on a timer of its own, apart from provisioning; it
    // runs at the polling interval, so that directory and settings change at the same pace. The
    // interval's 1 h to 7 days lie within the 3600-2592000 s that firmware accepts.
    private static Map<String, Object> phonebook(DeviceRenderRequest request, EffectiveParameters parameters) {
        final Map<String, Object> view = new LinkedHashMap<>();
        view.put("url", request.provisioningUrl() + phonebookFileName(request.mac()));
        view.put("refreshSeconds", parameters.pollingInterval().toSeconds());
        return view;
    }

    /**
     * Returns the name of the company directory file of Yealink phones, their remote phone book.
     */
    static String phonebookFileName(String mac) {
        return mac + "-phonebook.xml";
    }

    /**
     * Maps the line-key parameters onto what each vendor needs: Yealink takes them as they are,
     * Polycom points BLF keys at attendant entries and speed-dial keys at directory entries.
     */
    private static final class LineKeys {
        private final DeviceRenderRequest request;
        private final PhoneModel phone;
        private final List<Map<String, Object>> keys = new ArrayList<>();
        private final List<Map<String, Object>> attendants = new ArrayList<>();
        private final List<Map<String, Object>> directory = new ArrayList<>();
        private int speedDials;

        LineKeys(DeviceRenderRequest request, PhoneModel phone) {
            this.request = request;
            this.phone = phone;
        }

        void addTo(Map<String, Object> model, List<LineKey> lineKeys) {
            lineKeys.forEach(this::add);
            for (Contact contact : request.contacts()) {
                directory.add(entry(contact.firstName(), contact.lastName(), contact.number(), 0));
            }
            model.put("lineKeys", keys);
            model.put("attendants", attendants);
            model.put("directory", directory);
        }

        private void add(LineKey key) {
            if (key.index() > phone.lineKeys()) {
                logger.debug("{}: line key {} skipped, the {} has {}", request.mac(), key.index(), phone.model(),
                             phone.lineKeys());
                return;
            }
            if (key.type() == LineKey.Type.LINE && Integer.parseInt(key.value()) > request.accounts().size()) {
                logger.debug("{}: line key {} skipped, there is no account {}", request.mac(), key.index(),
                             key.value());
                return;
            }
            keys.add(view(key, polycomIndex(key)));
        }

        private int polycomIndex(LineKey key) {
            switch (key.type()) {
                case BLF -> {
                    attendants.add(Map.of("index", attendants.size() + 1, "address", blfAddress(key.value()),
                                          "label", key.label()));
                    return attendants.size();
                }
                case SPEED_DIAL -> {
                    final int speedDial = ++speedDials;
                    directory.add(entry(key.label(), "", key.value(), speedDial));
                    return speedDial;
                }
                default -> {
                    return Integer.parseInt(key.value());
                }
            }
        }

        private String blfAddress(String value) {
            return value.contains("@") ? value : value + '@' + request.accounts().get(0).domain();
        }

        private static Map<String, Object> view(LineKey key, int polycomIndex) {
            final boolean line = key.type() == LineKey.Type.LINE;
            final Map<String, Object> view = new LinkedHashMap<>();
            view.put("index", key.index());
            view.put("isLine", line);
            view.put("yealinkType", key.type().yealinkCode());
            view.put("polycomCategory", key.type().polycomCategory());
            view.put("polycomIndex", polycomIndex);
            view.put("value", line ? "" : key.value());
            view.put("line", line ? Integer.parseInt(key.value()) : 1);
            view.put("label", key.label());
            return view;
        }

        private static Map<String, Object> entry(String first, String last, String number, int speedDial) {
            // Yealink's phone book has one name field; an entry without a name shows its number.
            final String name = (first + ' ' + last).trim();
            return Map.of("firstName", first, "lastName", last, "name", name.isEmpty() ? number : name,
                          "number", number, "speedDial", speedDial);
        }
    }
}
