package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd", "/..", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd", "/..%2fetc%2fpasswd",
        "/..%5cetc", "/..\\etc", "/%252e%252e/etc", "/%25%32%65", "/a%00.cfg", "/a\u0000.cfg", "/%c0%ae%c0%ae/",
        "/./001565aabbcc.cfg", "/%2e/001565aabbcc.cfg", "/x/../001565aabbcc.cfg", "001565aabbcc.cfg",
        "/%zz", "/%2", "/%0d%0aSet-Cookie:x"
    })
    void traversalAndMalformedTargetsAreBadRequests(String target) {
        final RequestPath.Result result = RequestPath.parse(target);

        assertThat(result.refusal()).as(target).isNotNull();
        assertThat(result.refusal().code()).as(target).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/", "/dir/001565aabbcc.cfg", "/%2fetc%2fpasswd", "/.hidden", "/a b.cfg", "/é.cfg",
        "/firmware/001565aabbcc.cfg", "/firmware/", "/firmware/x/T46U.rom", "/firmware/.rom",
        "/firmware%2fT46U.rom"
    })
    void wellFormedTargetsNamingNoPlainFileAreNotFound(String target) {
        final RequestPath.Result result = RequestPath.parse(target);

        assertThat(result.refusal()).as(target).isNotNull();
        assertThat(result.refusal().code()).as(target).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
        "/001565aabbcc.cfg, 001565aabbcc.cfg",
        "/y000000000000.boot?ts=1, y000000000000.boot",
        "/%30%30%31565aabbcc.cfg, 001565aabbcc.cfg",
        "/2345-12200-001.sip.ld, 2345-12200-001.sip.ld",
        "/firmware/T46U-108.86.0.90.rom, T46U-108.86.0.90.rom",
        "/firmware/3111-48840-001.sip.ld?v=1, 3111-48840-001.sip.ld"
    })
    void plainNamesPass(String target, String name) {
        assertThat(RequestPath.parse(target).fileName()).isEqualTo(name);
    }
}
