package io.deskprov.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The rules a new password must meet. Passphrases of {@value #PASSPHRASE_LENGTH} characters or
 * more skip the composition rules, since their length alone makes them hard to guess; the rules
 * against the username, common passwords and reuse apply to every password.
 */
public final class PasswordPolicy {
    static final int MIN_LENGTH = 8;
    static final int PASSPHRASE_LENGTH = 64;
    static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /**
     * The rules the password breaks, empty when it may be used.
     *
     * @param recentlyUsed whether it equals one of the last three passwords
     */
    public static List<Rule> broken(String username, String password, Predicate<String> recentlyUsed) {
        final List<Rule> broken = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            broken.add(Rule.MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            broken.add(Rule.MAX_LENGTH);
        }
        if (password.length() < PASSPHRASE_LENGTH) {
            composition(password, broken);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add(Rule.CONTAINS_USERNAME);
        }
        if (CommonPasswords.contains(password)) {
            broken.add(Rule.COMMON_PASSWORD);
        }
        if (recentlyUsed.test(password)) {
            broken.add(Rule.RECENTLY_USED);
        }
        return broken;
    }

    private static void composition(String password, List<Rule> broken) {
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            broken.add(Rule.UPPERCASE);
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            broken.add(Rule.LOWERCASE);
        }
        if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            broken.add(Rule.DIGIT);
        }
        if (!password.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-'
                                            || c == '.')) {
            broken.add(Rule.ALLOWED_CHARACTERS);
        }
    }

    /** One rule, with the text that explains it; clients branch on the name. */
    public enum Rule {
        MIN_LENGTH("at least " + PasswordPolicy.MIN_LENGTH + " characters"),
        MAX_LENGTH("at most " + PasswordPolicy.MAX_LENGTH + " characters"),
        UPPERCASE("at least one upper-case letter (A-Z)"),
        LOWERCASE("at least one lower-case letter (a-z)"),
        DIGIT("at least one digit (0-9)"),
        ALLOWED_CHARACTERS("only letters A-Z and a-z, digits and _ - . as special characters"),
        CONTAINS_USERNAME("must not contain the username"),
        COMMON_PASSWORD("must not be a commonly used password"),
        RECENTLY_USED("must differ from the last 3 passwords");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
