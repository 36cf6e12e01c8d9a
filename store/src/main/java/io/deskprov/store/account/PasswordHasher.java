package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes login passwords with Argon2id and checks them. Hashes are stored in the PHC string
 * form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that a later change of cost
 * still verifies the hashes made before it, and {@link #needsRehash} says which to renew.
 *
 * <p>The default cost is OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane.
 */
public final class PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    private PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** Argon2id at OWASP's recommended minimum cost. */
    public static PasswordHasher owaspDefaults() {
        return new PasswordHasher(19 * 1024, 2, 1);
    }

    /** Hashes a password with a fresh random salt. */
    public String hash(CharSequence password) {
        requireNonNull(password, "password");
        final byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        final byte[] hash = derive(password, salt, memoryKib, iterations, parallelism);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
               + '$' + ENCODER.encodeToString(salt) + '$' + ENCODER.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; false for a hash in any other form. */
    public boolean matches(CharSequence password, String storedHash) {
        requireNonNull(password, "password");
        requireNonNull(storedHash, "storedHash");
        final Matcher phc = PHC.matcher(storedHash);
        if (!phc.matches()) {
            return false;
        }
        final byte[] expected = DECODER.decode(phc.group(5));
        final byte[] actual = derive(password, DECODER.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                                     Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether the hash was made at another cost than this hasher's, and should be renewed at the next login. */
    public boolean needsRehash(String storedHash) {
        final Matcher phc = PHC.matcher(storedHash);
        return !phc.matches() || Integer.parseInt(phc.group(1)) != memoryKib
               || Integer.parseInt(phc.group(2)) != iterations || Integer.parseInt(phc.group(3)) != parallelism;
    }

    private static byte[] derive(CharSequence password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        final Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                               .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                               .withMemoryAsKB(memoryKib)
                               .withIterations(iterations)
                               .withParallelism(parallelism)
                               .withSalt(salt)
                               .build());
        final byte[] hash = new byte[HASH_BYTES];
        final char[] chars = password.toString().toCharArray();
        try {
            generator.generateBytes(chars, hash);
        } finally {
            Arrays.fill(chars, '\0');
        }
        return hash;
    }
}
