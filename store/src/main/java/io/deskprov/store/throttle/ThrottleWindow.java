package io.deskprov.store.throttle;

import java.time.Instant;

/**
 * One key's window as an attempt left it.
 *
 * @param attempts the attempts counted in the window, the latest included
 * @param endsAt when the window ends and counting starts again
 */
public record ThrottleWindow(int attempts, Instant endsAt) {
}
