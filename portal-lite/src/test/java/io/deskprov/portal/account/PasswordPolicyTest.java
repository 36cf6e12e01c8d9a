package io.deskprov.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.deskprov.portal.account.PasswordPolicy.Rule;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "Sh0rt.pw, ",
            "short1A, MIN_LENGTH",
            "alllower9x, UPPERCASE",
            "ALLUPPER9X, LOWERCASE",
            "NoDigitsHere, DIGIT",
            "Spaces in 9Pw, ALLOWED_CHARACTERS",
            "Umlaut9Ä-pw, ALLOWED_CHARACTERS",
            "Excl4mation!, ALLOWED_CHARACTERS",
            "xErika.Muster9, CONTAINS_USERNAME",
            "Password123, COMMON_PASSWORD",
            "Sommer2024, COMMON_PASSWORD",
    })
    void eachRuleIsNamedWhenBroken(String password, String rule) {
        final List<Rule> broken = PasswordPolicy.broken("erika.muster", password, p -> false);

        assertThat(broken).containsExactlyElementsOf(rule == null ? List.of() : List.of(Rule.valueOf(rule)));
    }

    @Test
    void everyBrokenRuleIsListed() {
        final List<Rule> broken = PasswordPolicy.broken("erika", "erika!", p -> true);

        assertThat(broken).containsExactly(Rule.MIN_LENGTH, Rule.UPPERCASE, Rule.DIGIT, Rule.ALLOWED_CHARACTERS,
                                           Rule.CONTAINS_USERNAME, Rule.RECENTLY_USED);
    }

    @Test
    void longPassphraseSkipsCompositionButNotUsernameOrReuse() {
        final String passphrase = "correct horse battery staple and a few more words to pass sixty four";

        assertThat(PasswordPolicy.broken("erika", passphrase, p -> false)).isEmpty();
        assertThat(PasswordPolicy.broken("horse", passphrase, p -> false)).containsExactly(Rule.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.broken("erika", passphrase, p -> true)).containsExactly(Rule.RECENTLY_USED);
    }

    @Test
    void commonPasswordsAreComparedWithoutCase() {
        assertThat(CommonPasswords.contains("QWERTZ123")).isTrue();
        assertThat(CommonPasswords.contains("Welcome2024!")).isTrue();
        assertThat(CommonPasswords.size()).isGreaterThan(3000);
    }
}
