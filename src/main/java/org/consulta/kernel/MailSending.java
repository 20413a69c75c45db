package org.consulta.kernel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends one queued mail with its row locked, so two instances of a cluster never send it both; a
 * failure is recorded and retried later with a growing delay. A repeat after a crash keeps the
 * mail's Message-ID, so the recipient's system shows it once.
 */
@Stateless
public class MailSending {


    private static final Logger LOG = Logger.getLogger(MailSending.class.getName());

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Mailer mailer;
    @Inject
    private MailArguments arguments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendOne(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getSentAt() != null) {
            return;
        }
        try {
            mailer.sendWithId(mail.messageId(), mail.getRecipient(), mail.getLanguage(), mail.getMailKey(), arguments.resolved(mail.getArgs(), mail.getLanguage()));
            mail.sent(Instant.now());
        } catch (RuntimeException e) {
            mail.failed(Instant.now());
            LOG.warning(() -> "Mail " + id + " not sent (attempt " + mail.getAttempts() + "): " + e.getMessage());
        }
    }
}
