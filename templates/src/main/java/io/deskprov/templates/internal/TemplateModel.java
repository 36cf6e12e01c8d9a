package io.deskprov.templates.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.Codec;
import io.deskprov.templates.params.EffectiveParameters;

/**
 * Builds the parts of a template context that site and device files share. Templates see plain maps
 * and lists of strings and numbers: values are data, and nothing in the context leads to code.
 */
final class TemplateModel {

    private TemplateModel() {
    }

    /**
     * Returns the shared context: {@code provisioning}, {@code time}, {@code lang} and {@code vendorKeys}.
     */
    static Map<String, Object> common(Vendor vendor, URI provisioningUrl, EffectiveParameters parameters,
                                      Instant now) {
        final Map<String, Object> model = new LinkedHashMap<>();
        model.put("provisioning", provisioning(provisioningUrl, parameters));
        model.put("time", time(parameters, now));
        model.put("lang", Map.of("yealink", parameters.language().yealinkName(),
                                 "polycom", parameters.language().polycomName()));
        model.put("vendorKeys", entries(parameters.vendorKeys(vendor)));
        model.put("codecs", codecs(parameters.codecs()));
        return model;
    }

    private static Map<String, Object> provisioning(URI provisioningUrl, EffectiveParameters parameters) {
        final long minutes = parameters.pollingInterval().toMinutes();
        // Poly's guide asks for a relative polling period above 3600 s, so one hour becomes 3601 s.
        final long polycomSeconds = Math.max(minutes * 60, 3601);
        return Map.of("url", provisioningUrl.toString(),
                      "pollingMinutes", minutes,
                      "polycomPollingSeconds", polycomSeconds);
    }

    private static Map<String, Object> time(EffectiveParameters parameters, Instant now) {
        final Map<String, Object> time = TimeForms.of(parameters.timeZone(), now);
        final List<String> ntp = parameters.ntpServers();
        time.put("ntp1", ntp.get(0));
        time.put("ntp2", ntp.size() > 1 ? ntp.get(1) : "");
        return time;
    }

    // Every codec is listed so that the templates can switch off the ones not chosen.
    private static List<Map<String, Object>> codecs(List<Codec> chosen) {
        final List<Map<String, Object>> codecs = new ArrayList<>();
        for (Codec codec : Codec.values()) {
            final int priority = chosen.indexOf(codec) + 1;
            codecs.add(Map.of("yealink", codec.yealinkName(), "polycom", codec.polycomName(),
                              "enabled", priority > 0 ? 1 : 0, "priority", priority));
        }
        codecs.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return codecs;
    }

    private static int rank(Map<String, Object> codec) {
        final int priority = (Integer) codec.get("priority");
        return priority == 0 ? Integer.MAX_VALUE : priority;
    }

    static List<Map<String, Object>> entries(Map<String, String> keys) {
        final List<Map<String, Object>> entries = new ArrayList<>();
        keys.forEach((key, value) -> entries.add(Map.of("key", key, "value", value)));
        return entries;
    }
}
