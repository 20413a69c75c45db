package org.consulta.kernel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends one queued mail with its row locked, so two instances of a cluster never send it both; a
 * failure is recorded and retried later with a growing delay. A repeat after a crash keeps the
 * mail's Message-ID, so the recipient's system shows it once.
 */
@Stateless
public class MailSending {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(MailSending.class.getName());

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Mailer mailer;
    @Inject
    private jakarta.enterprise.inject.Instance<MailArgument> late;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendOne(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getSentAt() != null) {
            return;
        }
        try {
            mailer.sendWithId(mail.messageId(), mail.getRecipient(), mail.getLanguage(), mail.getMailKey(), resolved(args(mail.getArgs()), mail.getLanguage()));
            mail.sent(Instant.now());
        } catch (RuntimeException e) {
            mail.failed(Instant.now());
            LOG.warning(() -> "Mail " + id + " not sent (attempt " + mail.getAttempts() + "): " + e.getMessage());
        }
    }

    /** Arguments written {@code @prefix:reference} are the texts their {@link MailArgument} gives now. */
    private Object[] resolved(Object[] args, String language) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("@")) {
                for (MailArgument argument : late) {
                    if (s.startsWith("@" + argument.prefix() + ":")) {
                        args[i] = argument.resolve(s.substring(argument.prefix().length() + 2), language);
                    }
                }
            }
        }
        return args;
    }

    private static Object[] args(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(v -> v instanceof jakarta.json.JsonNumber n ? (Object) n.longValue()
                    : ((JsonString) v).getString()).toArray();
        }
    }
}
