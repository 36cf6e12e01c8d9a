package io.deskprov.registrar;

import javax.sip.header.UserAgentHeader;

import gov.nist.javax.sip.header.SIPHeader;

/**
 * The User-Agent header as the registrar keeps it; {@link io.deskprov.store.registration.PhoneAgent}
 * reads model, firmware and MAC from the kept text.
 */
final class UserAgents {
    private static final int MAX_LENGTH = 300;

    private UserAgents() {
    }

    /** The header's value as sent, cut to what the database keeps. */
    static String text(UserAgentHeader header) {
        final String value = ((SIPHeader) header).getHeaderValue().trim();
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
