/**
 * What a workplace's user sees: master data, clients and phones, the phones' first-login and SIP
 * data, and in the expert view each phone's status. Entry points: {@link
 * io.deskprov.portal.user.UserService}, {@link io.deskprov.portal.user.DeviceStatusSource}.
 */
@NullMarked
package io.deskprov.portal.user;

import org.jspecify.annotations.NullMarked;
