package io.deskprov.registrar;

import org.jspecify.annotations.Nullable;

/**
 * What a phone's User-Agent tells about it.
 *
 * @param vendor {@code Yealink} or {@code Polycom}
 * @param model such as {@code SIP-T46U} or {@code VVX 400}
 * @param firmware such as {@code 108.86.0.75}
 * @param mac twelve lower-case hex digits when the phone sends its MAC, else null
 */
public record PhoneAgent(String vendor, String model, String firmware, @Nullable String mac) {
}
