package io.deskprov.app.pki;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.UnusableKeyMaterialException;
import io.deskprov.certs.revocation.RevocationStore;
import io.deskprov.certs.revocation.RevokedCertificate;
import io.deskprov.store.Store;
import io.deskprov.store.StoreException;

/**
 * Revocations kept in the database, so that every node sharing it builds the same revocation
 * list. Phones lose their certificates here also when they are unassigned or deleted, which the
 * device repository does in the same transaction.
 */
final class StoreRevocations implements RevocationStore {
    private final Store store;

    StoreRevocations(Store store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public void revoke(BigInteger serialNumber, Instant revokedAt) throws PkiException {
        try {
            store.inTransaction(tx -> store.revocations().revoke(tx, serialNumber, revokedAt, "revoked by operator"));
        } catch (StoreException e) {
            throw new UnusableKeyMaterialException("cannot record the revocation: " + e.getMessage());
        }
    }

    @Override
    public List<RevokedCertificate> revoked() throws PkiException {
        try {
            return store.transaction(tx -> store.revocations().list(tx)).stream()
                        .map(revoked -> new RevokedCertificate(revoked.serialNumber(), revoked.revokedAt()))
                        .toList();
        } catch (StoreException e) {
            throw new UnusableKeyMaterialException("cannot read the revocations: " + e.getMessage());
        }
    }
}
