package org.consulta.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;

/** Finding a mailed token by its secret; locked so that two clicks cannot both use it. */
final class Tokens {

    private Tokens() {
    }

    static Optional<AccountToken> usable(EntityManager em, String raw, TokenPurpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :h", AccountToken.class)
                .setParameter("h", AccountToken.hash(raw))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(purpose, Instant.now()));
    }
}
