/**
 * Accounts from the owner's side: first login with a temporary password, the password policy,
 * and the usernames the portal derives. Entry points: {@link
 * io.deskprov.portal.account.FirstLoginService}, {@link io.deskprov.portal.account.PasswordPolicy}.
 */
@NullMarked
package io.deskprov.portal.account;

import org.jspecify.annotations.NullMarked;
