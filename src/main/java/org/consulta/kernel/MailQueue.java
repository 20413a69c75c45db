package org.consulta.kernel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Notifications go through this queue: {@link #enqueue} joins the caller's transaction, so a committed
 * event always gets its mail and a rolled-back one never does; {@link MailDelivery} sends them.
 */
@Stateless
public class MailQueue {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String language, String mailKey, Object... args) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object arg : args) {
            // numbers stay numbers, for the plural rules of the mail's message
            if (arg instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add(String.valueOf(arg));
            }
        }
        em.persist(new QueuedMail(recipient, language, mailKey, array.build().toString()));
    }
}
