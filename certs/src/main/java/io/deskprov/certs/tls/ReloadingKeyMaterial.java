package io.deskprov.certs.tls;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.internal.Fingerprints;
import io.deskprov.certs.internal.SafeFiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.net.ssl.X509ExtendedKeyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A certificate chain and key read from PEM files and read again when the files change, so a
 * renewed certificate is served without a restart. The files are looked at on access, at most
 * once per check interval; a change that does not load (say, a new certificate whose key is not
 * written yet) is logged and the previous material stays in use.
 */
public final class ReloadingKeyMaterial {
    private static final Logger logger = LoggerFactory.getLogger(ReloadingKeyMaterial.class);

    private final KeyMaterialFiles files;
    private final Duration checkInterval;
    private final Clock clock;
    private final ReentrantLock checkLock = new ReentrantLock();
    private final List<Consumer<KeyMaterial>> listeners = new CopyOnWriteArrayList<>();
    private volatile Generation current;
    private volatile Generation previous;
    private volatile Instant nextCheck;
    private byte[] lastDigest;

    private ReloadingKeyMaterial(KeyMaterialFiles files, Duration checkInterval, Clock clock, byte[] digest,
                                 KeyMaterial material) {
        this.files = files;
        this.checkInterval = checkInterval;
        this.clock = clock;
        this.lastDigest = digest;
        this.current = new Generation(0, material);
        this.previous = current;
        this.nextCheck = clock.instant().plus(checkInterval);
    }

    /**
     * Reads the files for the first time.
     *
     * @param checkInterval the least time between two looks at the files, such as 10 seconds
     * @throws PkiException if the files cannot be read or do not belong together
     */
    public static ReloadingKeyMaterial open(KeyMaterialFiles files, Duration checkInterval, Clock clock)
            throws PkiException {
        requireNonNull(files, "files");
        requireNonNull(checkInterval, "checkInterval");
        requireNonNull(clock, "clock");
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("checkInterval: " + checkInterval + " (expected zero or more)");
        }
        final byte[] digest = digest(files);
        return new ReloadingKeyMaterial(files, checkInterval, clock, digest, KeyMaterial.read(files));
    }

    /**
     * Returns the current material, first looking at the files if the check interval has passed.
     */
    public KeyMaterial current() {
        return currentGeneration().material();
    }

    /**
     * Returns a key manager that always serves the current material, so that an
     * {@code SSLContext} built once keeps serving renewed certificates.
     */
    public X509ExtendedKeyManager keyManager() {
        return new ReloadingKeyManager(this);
    }

    /**
     * Adds a listener called with the new material after each reload, for a TLS layer that
     * builds its own context from the material (such as a Netty {@code SslContext}).
     */
    public void onReload(Consumer<KeyMaterial> listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    Generation currentGeneration() {
        if (!clock.instant().isBefore(nextCheck) && checkLock.tryLock()) {
            try {
                checkFiles();
            } finally {
                checkLock.unlock();
            }
        }
        return current;
    }

    /** Returns the generation with this number, if it is still the current or the one before. */
    Generation generation(long number) {
        final Generation now = current;
        return now.number() == number ? now : previous;
    }

    private void checkFiles() {
        nextCheck = clock.instant().plus(checkInterval);
        try {
            // Content digests rather than modification times: the files are small, and some
            // copy tools keep the old time or the file system records it only to the second.
            final byte[] digest = digest(files);
            if (Arrays.equals(digest, lastDigest)) {
                return;
            }
            lastDigest = digest;
            replace(KeyMaterial.read(files));
        } catch (PkiException e) {
            logger.warn("{}: changed key material does not load, keeping the previous certificate: {}",
                        files.certificateChain(), e.getMessage());
        }
    }

    private void replace(KeyMaterial material) {
        previous = current;
        current = new Generation(previous.number() + 1, material);
        logger.info("{}: reloaded certificate {}, valid until {}", files.certificateChain(),
                    material.certificate().getSubjectX500Principal().getName(),
                    material.certificate().getNotAfter().toInstant());
        listeners.forEach(listener -> listener.accept(material));
    }

    private static byte[] digest(KeyMaterialFiles files) throws PkiException {
        final byte[] chain = Fingerprints.digest(SafeFiles.read(files.certificateChain()));
        final byte[] key = Fingerprints.digest(SafeFiles.read(files.privateKey()));
        final byte[] both = Arrays.copyOf(chain, chain.length + key.length);
        System.arraycopy(key, 0, both, chain.length, key.length);
        return both;
    }

    /** One loaded version of the material; key manager aliases name it by its number. */
    record Generation(long number, KeyMaterial material) {
    }
}
