package io.deskprov.store.company;

import java.time.Instant;

/**
 * A group (location) of a company. Its time zone and language feed the phones' configuration.
 *
 * @param timeZone an IANA time zone id, such as {@code Europe/Berlin}
 * @param language a language tag, such as {@code de}
 * @param isDefault whether this is the company's default group, named after the contract address
 */
public record Group(long id, long companyId, String name, Address address, String timeZone, String language,
                    boolean isDefault, Instant createdAt) {
}
