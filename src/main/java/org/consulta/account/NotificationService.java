package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.MessageCatalog;
import org.consulta.kernel.MailArguments;

import java.time.Instant;
import java.util.List;

/** A person's own notifications: how many are unread (the header's count), and reading them, newest first. */
@Stateless
public class NotificationService {

    public static final int PAGE_SIZE = 20;

    /** One notification as its reader sees it; {@code unread}: not yet seen before this reading. */
    public record Notice(long id, String text, String link, Instant at, boolean unread) {
        public String getText() { return text; }
        public String getLink() { return link; }
        public Instant getAt() { return at; }
        public boolean isUnread() { return unread; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private MessageCatalog catalog;
    @Inject
    private MailArguments arguments;

    public long countUnread(Long accountId) {
        if (accountId == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", accountId).getSingleResult();
    }

    /**
     * A page of the person's notifications in {@code language} (one more is read, for the pager), each said
     * as its mail's subject; those on the page count as read from now on.
     */
    public List<Notice> readNotifications(Long accountId, String language, int page) {
        if (accountId == null) {
            throw new AccessDeniedException("notifications need a signed-in person");
        }
        List<Notification> rows = em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :me ORDER BY n.id DESC", Notification.class)
                .setParameter("me", accountId).setFirstResult(Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1).getResultList();
        List<Notice> notices = rows.stream().map(n -> new Notice(n.getId(), catalog.format(language, n.getMailKey() + ".subject",
                arguments.resolved(n.getArgs(), language)), n.getLink(), n.getCreatedAt(), n.isUnread())).toList();
        List<Long> seen = rows.stream().limit(PAGE_SIZE).filter(Notification::isUnread).map(Notification::getId).toList();
        if (!seen.isEmpty()) {
            em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.id IN :ids AND n.accountId = :me")
                    .setParameter("now", Instant.now()).setParameter("ids", seen).setParameter("me", accountId).executeUpdate();
        }
        return notices;
    }
}
