package org.consulta.kernel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Notifications go through this queue: {@link #enqueue} joins the caller's transaction, so a committed
 * event always gets its mail and a rolled-back one never does; {@link MailDelivery} sends them.
 */
@Stateless
public class MailQueue {


    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String language, String mailKey, Object... args) {
        em.persist(new QueuedMail(recipient, language, mailKey, MailArguments.json(args)));
    }
}
