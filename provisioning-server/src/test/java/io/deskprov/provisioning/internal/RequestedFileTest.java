package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestedFileTest {

    @ParameterizedTest
    @CsvSource({
        "001565aabbcc.boot, BOOT, 001565aabbcc",
        "y000000000000.boot, COMMON_BOOT, ",
        "y000000000108.cfg, COMMON_CONFIG, ",
        "y000000000028.cfg, COMMON_CONFIG, ",
        "deskprov-site.cfg, COMMON_CONFIG, ",
        "001565aabbcc.cfg, DEVICE_CONFIG, 001565aabbcc",
        "001565AABBCC.cfg, DEVICE_CONFIG, 001565aabbcc",
        "001565aabbcc-local.cfg, YEALINK_LOCAL, 001565aabbcc",
        "001565aabbcc-trusted-ca.crt, DEVICE_EXTRA, 001565aabbcc",
        "000000000000.cfg, COMMON_CONFIG, ",
        "0004f2aabbcc-phone.cfg, POLYCOM_PHONE_OVERRIDES, 0004f2aabbcc",
        "0004f2aabbcc-web.cfg, POLYCOM_WEB_OVERRIDES, 0004f2aabbcc",
        "0004f2aabbcc-deskprov.cfg, DEVICE_EXTRA, 0004f2aabbcc",
        "0004f2aabbcc-license.cfg, DEVICE_EXTRA, 0004f2aabbcc",
        "0004f2aabbcc-directory.xml, DIRECTORY, 0004f2aabbcc",
        "000000000000-directory.xml, COMMON_DIRECTORY, ",
        "001565aabbcc-phonebook.xml, PHONEBOOK, 001565aabbcc",
        "001565AABBCC-phonebook.xml, PHONEBOOK, 001565aabbcc",
        "000000000000-phonebook.xml, UNKNOWN, ",
        "0004f2aabbcc-calls.xml, CALLS, 0004f2aabbcc",
        "0004f2aabbcc-app.log, APP_LOG, 0004f2aabbcc",
        "0004f2aabbcc-boot.log, BOOT_LOG, 0004f2aabbcc",
        "3111-48450-001.sip.ld, FIRMWARE, ",
        "sip.ld, FIRMWARE, ",
        "T46U-108.86.0.90.rom, FIRMWARE, ",
        "000000000000-app.log, UNKNOWN, ",
        "0004f2aabbcc.xml, UNKNOWN, ",
        "0004f2aabbcc-other.xml, UNKNOWN, ",
        "y000000000000.cfg.bak, UNKNOWN, ",
        "index.html, UNKNOWN, "
    })
    void namesAreSortedByKind(String name, FileKind kind, String mac) {
        final RequestedFile file = RequestedFile.classify(name);

        assertThat(file.kind()).isEqualTo(kind);
        assertThat(file.mac() == null ? null : file.mac().value()).isEqualTo(mac);
    }
}
