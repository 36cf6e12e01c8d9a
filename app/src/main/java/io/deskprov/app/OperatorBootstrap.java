package io.deskprov.app;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.store.account.Role;
import io.deskprov.store.account.RoleName;

/**
 * Makes sure the platform can be administered: on the first start against an empty database it
 * creates the account {@value #USERNAME} with a one-time password, printed once on the console
 * and never logged. The password must be changed at the first login and expires unused after
 * {@link #VALIDITY}.
 */
final class OperatorBootstrap {
    static final String USERNAME = "operator";
    static final Duration VALIDITY = Duration.ofDays(7);

    private static final Logger logger = LoggerFactory.getLogger(OperatorBootstrap.class);
    // Letters and digits that cannot be mistaken for one another when typed from a console.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom random = new SecureRandom();

    private OperatorBootstrap() {
    }

    /** The operator made on first start, with the password to print once. */
    record FirstOperator(String username, String oneTimePassword, Instant expiresAt) {
        @Override
        public String toString() {
            return "FirstOperator[username=" + username + ", expiresAt=" + expiresAt + ']';
        }

        void print(PrintStream out) {
            out.println("  operator:   username " + username + ", one-time password " + oneTimePassword);
            out.println("              (shown only now; change it at the first login; valid until " + expiresAt + ')');
        }
    }

    /**
     * Creates the first operator when there is none.
     *
     * @return the created operator with its one-time password, or empty when an operator existed already
     */
    static Optional<FirstOperator> ensureOperator(Store store, PasswordHasher hasher, Clock clock) {
        final String password = oneTimePassword();
        final Instant expires = clock.instant().plus(VALIDITY);
        final Optional<Account> created;
        try {
            created = store.transaction(tx -> {
                if (store.accounts().countWithRole(tx, RoleName.OPERATOR) > 0) {
                    return Optional.empty();
                }
                final Account account = store.accounts().create(tx, USERNAME, "operator@localhost",
                                                                List.of(Role.operator()));
                store.passwords().setTemporaryPassword(tx, account.id(), hasher.hash(password), expires);
                return Optional.of(account);
            });
        } catch (ConstraintViolationException e) {
            // Another node starting at the same moment made it first.
            logger.info("First operator account was created by another node");
            return Optional.empty();
        }
        created.ifPresent(account -> logger.info("First operator account created: username={}", account.username()));
        return created.map(account -> new FirstOperator(account.username(), password, expires));
    }

    /** Twenty characters from upper and lower case letters and digits, with each kind present. */
    static String oneTimePassword() {
        while (true) {
            final StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            final String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isUpperCase) && candidate.chars().anyMatch(Character::isLowerCase)
                && candidate.chars().anyMatch(Character::isDigit)) {
                return candidate;
            }
        }
    }
}
