package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets that the store keeps (SIP passwords, provisioning passwords, mail bodies) with
 * AES-256-GCM, so that a copy of the database alone reveals none of them. Every node that shares
 * a database must use the same key file.
 *
 * <p>A sealed value reads {@code v1.} followed by base64url of nonce and ciphertext; the prefix
 * leaves room for a later key rotation.
 */
public final class SecretBox {
    private static final String PREFIX = "v1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A box over the given 32-byte key. */
    public static SecretBox ofKey(byte[] key) {
        requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("key: " + key.length + " bytes (expected: " + KEY_BYTES + ')');
        }
        return new SecretBox(key.clone());
    }

    /**
     * Reads the key file, or makes one readable by its owner only when there is none.
     *
     * @throws IOException if the file cannot be read or written, or does not hold a key
     */
    public static SecretBox loadOrCreate(Path keyFile) throws IOException {
        requireNonNull(keyFile, "keyFile");
        if (!Files.exists(keyFile)) {
            createKeyFile(keyFile);
        }
        final String encoded = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
        final byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + " does not hold a base64 key", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IOException(keyFile + " holds a " + key.length + "-byte key (expected: " + KEY_BYTES + ')');
        }
        return new SecretBox(key);
    }

    /**
     * A key for another purpose, derived from this box's key with HMAC-SHA256 over the purpose's
     * name, so that every node sharing the key file agrees on it without another setting (for
     * example the key that signs SIP nonces, which any node must be able to check).
     */
    public byte[] deriveKey(String purpose) {
        requireNonNull(purpose, "purpose");
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("deskprov key for " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Seals a secret; the same secret sealed twice gives two different strings. */
    public String seal(String secret) {
        requireNonNull(secret, "secret");
        final byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        final byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        final byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /**
     * Opens a value made by {@link #seal(String)}.
     *
     * @throws IllegalArgumentException if the value was not sealed with this key or was altered
     */
    public String open(String sealed) {
        requireNonNull(sealed, "sealed");
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("sealed value has an unknown format (expected prefix " + PREFIX + ')');
        }
        final byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        if (raw.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("sealed value is too short to hold a secret");
        }
        final byte[] nonce = Arrays.copyOf(raw, NONCE_BYTES);
        final byte[] body = Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("sealed value does not match this key or was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static void createKeyFile(Path keyFile) throws IOException {
        final byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        final Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(keyFile);
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + '\n', StandardCharsets.US_ASCII);
    }
}
