package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.MailArguments;
import org.consulta.kernel.MailQueue;

import java.util.Arrays;

/**
 * Tells a person of something that happened on the platform: by mail (the durable queue) and in their
 * notifications, both in the caller's transaction, so a rolled-back event leaves neither. For the events
 * people follow (replies, responses, versions, consultations, calls, moderation decisions); account mails
 * (confirmation, reset) are mails only.
 */
@Dependent
public class Notifier {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private MailQueue mails;

    /** As {@link MailQueue#enqueue}; the notification leads to the first link among the arguments that is not an unsubscription. */
    public void notify(String email, String language, String mailKey, Object... args) {
        mails.enqueue(email, language, mailKey, args);
        String link = Arrays.stream(args).filter(a -> a instanceof String s && s.startsWith("http") && !s.contains("/unsubscribe"))
                .map(String.class::cast).findFirst().orElse(null);
        em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class).setParameter("email", email)
                .getResultStream().findFirst()
                .ifPresent(id -> em.persist(new Notification(id, mailKey, MailArguments.json(args), link)));
    }
}
