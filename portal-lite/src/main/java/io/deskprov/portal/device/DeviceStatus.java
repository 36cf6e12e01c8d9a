package io.deskprov.portal.device;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What is known of a phone's state, for the expert view.
 *
 * @param registered whether its SIP account has a binding that has not expired
 * @param reachable what the registrar's last probe found, null before any
 * @param firmware as the phone last told it (its User-Agent), if known
 * @param lastConfigFetch when it last fetched its configuration successfully, if ever
 */
public record DeviceStatus(boolean registered, @Nullable Boolean reachable, @Nullable String firmware,
                           @Nullable Instant lastConfigFetch) {
}
