/**
 * What a workplace's user sees: master data, clients and phones, the phones' first-login and SIP
 * data, and in the expert view each phone's status as {@link
 * io.deskprov.store.registration.DeviceStatusQuery} reads it. Entry point: {@link
 * io.deskprov.portal.user.UserService}.
 */
@NullMarked
package io.deskprov.portal.user;

import org.jspecify.annotations.NullMarked;
