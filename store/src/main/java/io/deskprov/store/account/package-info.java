/**
 * Logins: accounts, their roles, password hashes and history, lockout, temporary passwords and
 * API tokens. Only hashes are stored; hashing is the caller's. Entry points: {@link
 * io.deskprov.store.account.AccountRepository} and {@link io.deskprov.store.account.ApiTokenRepository}.
 */
@NullMarked
package io.deskprov.store.account;

import org.jspecify.annotations.NullMarked;
