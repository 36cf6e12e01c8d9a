package io.deskprov.templates.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;

/**
 * Which files each vendor's phones request, and from which templates they are rendered.
 */
final class FilePlans {
    /** Polycom: the per-device settings file. Not {@code <mac>-phone.cfg}: the phone uploads that name. */
    static final String POLYCOM_SETTINGS_SUFFIX = "-deskprov.cfg";
    static final String YEALINK_SITE_FILE = "deskprov-site.cfg";

    private FilePlans() {
    }

    static List<PlannedFile> device(PhoneModel phone, String mac, Map<String, Object> context) {
        if (phone.vendor() == Vendor.YEALINK) {
            return yealinkDevice(mac, context);
        }
        final Map<String, Object> device = nested(context, "device");
        final Map<String, Object> master = Map.of("appFilePath", device.get("firmwareUrl"),
                                                  "configFiles", mac + POLYCOM_SETTINGS_SUFFIX);
        return List.of(PlannedFile.xml(mac + ".cfg", "polycom/master.vm", Map.of("master", master)),
                       PlannedFile.xml(mac + POLYCOM_SETTINGS_SUFFIX, "polycom/device.vm", Map.of()),
                       PlannedFile.xml(mac + "-directory.xml", "polycom/directory.vm", Map.of()));
    }

    private static List<PlannedFile> yealinkDevice(String mac, Map<String, Object> context) {
        final List<PlannedFile> files = new ArrayList<>();
        files.add(PlannedFile.yealink(mac + ".boot", "yealink/device-boot.vm"));
        files.add(PlannedFile.yealink(mac + ".cfg", "yealink/device.vm"));
        final String pem = (String) nested(context, "trustedCa").get("pem");
        if (!pem.isEmpty()) {
            files.add(PlannedFile.fixed(DeviceModel.caFileName(mac), PlannedFile.PEM_TYPE, pem));
        }
        files.add(PlannedFile.xml(DeviceModel.phonebookFileName(mac), "yealink/phonebook.vm", Map.of()));
        return files;
    }

    static List<PlannedFile> site(Vendor vendor, ModelCatalog catalog, String firmwareFolder) {
        if (vendor == Vendor.POLYCOM) {
            final Map<String, Object> master = Map.of("appFilePath", firmwareFolder + "sip.ld",
                                                      "configFiles", "[PHONE_MAC_ADDRESS]" + POLYCOM_SETTINGS_SUFFIX);
            return List.of(PlannedFile.xml("000000000000.cfg", "polycom/master.vm", Map.of("master", master)));
        }
        final List<PlannedFile> files = new ArrayList<>();
        files.add(PlannedFile.yealink("y000000000000.boot", "yealink/common-boot.vm"));
        files.add(siteSettings(YEALINK_SITE_FILE, "any model"));
        final Set<String> commonFiles = new LinkedHashSet<>();
        for (PhoneModel phone : catalog.models()) {
            phone.commonFileName().ifPresent(commonFiles::add);
        }
        commonFiles.forEach(name -> files.add(siteSettings(name, modelNames(catalog, name))));
        return files;
    }

    private static PlannedFile siteSettings(String name, String models) {
        return new PlannedFile(name, PlannedFile.YEALINK_TYPE, "yealink/site.vm", OutputFormat.KEY_VALUE,
                               Map.of("models", models));
    }

    private static String modelNames(ModelCatalog catalog, String commonFile) {
        return String.join(", ", catalog.byYealinkCommonFile(commonFile).stream().map(PhoneModel::model).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> context, String key) {
        return (Map<String, Object>) context.get(key);
    }
}
