package io.deskprov.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to allow, from the bundled list: each stem as it is and with the endings
 * people add most, such as {@code 1}, {@code 123}, {@code !} or a year.
 */
final class CommonPasswords {
    private static final String RESOURCE = "common-passwords.txt";
    private static final List<String> ENDINGS = endings();
    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    /** Whether the password is on the list, compared in lower case. */
    static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        final Set<String> passwords = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled list missing: " + RESOURCE);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                final String stem = line.trim().toLowerCase(Locale.ROOT);
                if (stem.isEmpty() || stem.startsWith("#")) {
                    continue;
                }
                for (String ending : ENDINGS) {
                    passwords.add(stem + ending);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bundled list unreadable: " + RESOURCE, e);
        }
        return Set.copyOf(passwords);
    }

    private static List<String> endings() {
        final List<String> endings = new ArrayList<>(List.of("", "!", "1!", "123", "123!", "1234", "12345",
                                                                       ".", "-", "_", "01", "007", "69", "99"));
        for (int digit = 0; digit <= 9; digit++) {
            endings.add(String.valueOf(digit));
        }
        for (int year = 1970; year <= 2030; year++) {
            endings.add(String.valueOf(year));
            endings.add(year + "!");
        }
        return List.copyOf(endings);
    }
}
