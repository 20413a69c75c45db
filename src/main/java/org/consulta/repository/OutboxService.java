package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Guard;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Slice;
import org.consulta.kernel.OutboxMail;

import java.util.List;

/**
 * The local outbox, readable by platform administrators only (it holds confirmation and reset links):
 * newest first, searchable by the recipient's address, one mail at a time with its links.
 */
@Stateless
public class OutboxService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;

    /**
     * A page of mails, newest first; {@code to}: part of the recipient's address (any case), or blank for all.
     * One more than a page is read, so the pager knows whether another page follows.
     */
    public List<OutboxMail> readOutbox(Long actorId, String to, int page) {
        guard.requirePlatformAdmin(actorId);
        // the address part is a literal, not a pattern: % and _ typed by the administrator match themselves
        return em.createQuery("SELECT m FROM OutboxMail m WHERE LOWER(m.recipient) LIKE :to ESCAPE '\\' "
                        + "ORDER BY m.createdAt DESC, m.id DESC", OutboxMail.class)
                .setParameter("to", Slice.containing(to == null ? "" : to.strip()))
                .setFirstResult(Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
    }

    public OutboxMail readMail(Long actorId, long mailId) {
        guard.requirePlatformAdmin(actorId);
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail == null) {
            throw new NotFoundException("outbox mail " + mailId);
        }
        return mail;
    }
}
