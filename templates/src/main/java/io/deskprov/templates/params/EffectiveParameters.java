package io.deskprov.templates.params;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import io.deskprov.templates.catalog.Vendor;

/**
 * The typed parameter values in force for one device, and where each came from.
 *
 * <p>Made by {@link ParameterResolver#resolve(List)}; immutable.
 */
public final class EffectiveParameters {
    private final Map<String, List<Setting>> history;
    private final Map<String, Setting> winners;

    EffectiveParameters(Map<String, List<Setting>> history) {
        final Map<String, List<Setting>> copy = new TreeMap<>();
        final Map<String, Setting> last = new TreeMap<>();
        history.forEach((name, settings) -> {
            copy.put(name, List.copyOf(settings));
            last.put(name, settings.get(settings.size() - 1));
        });
        this.history = Collections.unmodifiableMap(copy);
        this.winners = Collections.unmodifiableMap(last);
    }

    /** Returns the IANA time zone; default UTC. */
    public ZoneId timeZone() {
        return required(ParameterSpecs.TIME_ZONE);
    }

    /** Returns the user-interface language; default English. */
    public Language language() {
        return required(ParameterSpecs.LANGUAGE);
    }

    /** Returns one or two NTP servers; default {@code pool.ntp.org}. */
    public List<String> ntpServers() {
        return required(ParameterSpecs.NTP_SERVERS);
    }

    /** Returns the SIP registrar host; when empty, each account's domain is used. */
    public Optional<String> sipServer() {
        return optional(ParameterSpecs.SIP_SERVER);
    }

    /** Returns the registrar port; default 5060. */
    public int sipPort() {
        return required(ParameterSpecs.SIP_PORT);
    }

    /** Returns the SIP transport; default UDP. */
    public Transport sipTransport() {
        return required(ParameterSpecs.SIP_TRANSPORT);
    }

    /** Returns the registration expiry the phone asks for; default one hour. */
    public Duration registrationExpiry() {
        return required(ParameterSpecs.REGISTRATION_EXPIRY);
    }

    /** Returns the outbound proxy, if one is set. */
    public Optional<HostPort> outboundProxy() {
        return optional(ParameterSpecs.OUTBOUND_PROXY);
    }

    /** Returns the codecs in order of preference; default G.722, G.711 u-law, G.711 A-law. */
    public List<Codec> codecs() {
        return required(ParameterSpecs.CODECS);
    }

    /** Returns how often the phone checks for new files; default daily. */
    public Duration pollingInterval() {
        return required(ParameterSpecs.POLLING_INTERVAL);
    }

    /** Returns the pinned firmware file name, if one overrides the catalog's. */
    public Optional<String> firmwareFile() {
        return optional(ParameterSpecs.FIRMWARE_FILE);
    }

    /** Returns the URL of the firmware folder, if it is not the provisioning URL's {@code firmware/}. */
    public Optional<URI> firmwareUrl() {
        return optional(ParameterSpecs.FIRMWARE_URL);
    }

    /** Returns the extra CA the phone should trust, if one is set. */
    public Optional<TrustedCa> trustedCa() {
        return optional(ParameterSpecs.TRUSTED_CA);
    }

    /** Returns the line keys that are set, by key number. */
    public List<LineKey> lineKeys() {
        final List<LineKey> keys = new ArrayList<>();
        winners.values().forEach(setting -> {
            if (setting.value() instanceof LineKey key) {
                keys.add(key);
            }
        });
        keys.sort(Comparator.comparingInt(LineKey::index));
        return List.copyOf(keys);
    }

    /**
     * Returns the free-form keys for one vendor, without the {@code vendor.<vendor>.} prefix, sorted by
     * key.
     */
    public SortedMap<String, String> vendorKeys(Vendor vendor) {
        final String prefix = ParameterSpecs.VENDOR_PREFIX + vendor.id() + '.';
        final SortedMap<String, String> keys = new TreeMap<>();
        winners.forEach((name, setting) -> {
            if (name.startsWith(prefix) && setting.value() != null) {
                keys.put(name.substring(prefix.length()), setting.raw());
            }
        });
        return Collections.unmodifiableSortedMap(keys);
    }

    /**
     * Returns, for every parameter in force, its value and the level that set it.
     */
    public ParameterExplanation explain() {
        final List<ExplainedParameter> explained = new ArrayList<>();
        history.forEach((name, settings) -> {
            final Setting winner = winners.get(name);
            if (winner.value() == null) {
                return;
            }
            final List<Level> overridden = settings.subList(0, settings.size() - 1).stream()
                                                   .map(Setting::level)
                                                   .toList();
            explained.add(new ExplainedParameter(name, ExplainedParameter.shown(name, winner.raw()),
                                                 winner.level(), overridden));
        });
        return new ParameterExplanation(explained);
    }

    @SuppressWarnings("unchecked")
    private <T> T required(ParameterSpec<T> spec) {
        return (T) java.util.Objects.requireNonNull(winners.get(spec.name()).value(), spec.name());
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> optional(ParameterSpec<T> spec) {
        final Setting setting = winners.get(spec.name());
        return setting == null ? Optional.empty() : Optional.ofNullable((T) setting.value());
    }
}
