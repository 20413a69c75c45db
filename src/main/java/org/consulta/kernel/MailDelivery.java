package org.consulta.kernel;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five seconds, sends the queued mails that are due, each in a transaction of its own (see
 * {@link MailSending}). A crash between sending and marking can repeat one mail, never lose one.
 */
@Singleton
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 20;
    private static final int ROUNDS = 25;

    @jakarta.persistence.PersistenceContext(unitName = "consulta")
    private jakarta.persistence.EntityManager em;
    @Inject
    private MailSending sending;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        // a backlog (the mail server was away) is worked through in batches within one round, so a mail
        // queued now does not wait behind it for many rounds
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> due = em.createQuery("SELECT m.id FROM QueuedMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now "
                    + "ORDER BY m.id", Long.class).setParameter("now", Instant.now()).setMaxResults(BATCH).getResultList();
            for (Long id : due) {
                try {
                    sending.sendOne(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Queued mail " + id + " left for the next round", e);
                }
            }
            if (due.size() < BATCH) {
                return;
            }
        }
    }
}
