/**
 * SIP accounts that workplaces' phones register with; their secrets are sealed at rest. Entry
 * point: {@link io.deskprov.store.sip.SipAccountRepository}.
 */
@NullMarked
package io.deskprov.store.sip;

import org.jspecify.annotations.NullMarked;
