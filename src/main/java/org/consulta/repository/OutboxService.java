package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Guard;
import org.consulta.kernel.OutboxMail;

import java.util.List;

/** The local outbox, readable by platform administrators only (it holds confirmation and reset links). */
@Stateless
public class OutboxService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;

    public List<OutboxMail> readOutbox(Long actorId, int page) {
        guard.requirePlatformAdmin(actorId);
        return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.createdAt DESC, m.id DESC", OutboxMail.class)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }
}
