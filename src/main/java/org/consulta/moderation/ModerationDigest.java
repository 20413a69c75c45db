package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.account.RepositoryRole;
import org.consulta.account.RoleHolders;
import org.consulta.kernel.MailQueue;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Mails the repository's moderators (its administrators when it has none) what waits, each in their
 * language: an hour after the last digest when something new arrived, else once a day while anything
 * waits. The repository row is locked while the turn is taken, so several instances or rounds send one.
 */
@Stateless
@TenantScoped
public class ModerationDigest {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private QueueLookups lookups;
    @Inject
    private RoleHolders holders;
    @Inject
    private MailQueue mails;
    @Inject
    private PublicLinks links;

    /** Returns how many moderators were mailed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendIfDue(Tenant tenant, Instant now) {
        Waiting waiting = lookups.waiting();
        if (waiting.getTotal() == 0) {
            return 0;
        }
        Repository repository = em.find(Repository.class, tenant.id(), LockModeType.PESSIMISTIC_WRITE);
        if (!turn(tenant).take(now, lookups.newestWaiting())) {
            return 0;
        }
        List<Account> moderators = holders(RepositoryRole.MODERATOR);
        if (moderators.isEmpty()) {
            moderators = holders(RepositoryRole.ADMINISTRATOR);
        }
        long hours = Duration.between(waiting.getOldest(), now).toHours();
        for (Account to : moderators) {
            String name = repository.getName().show(to.getLanguage(), repository.getDefaultLanguage())
                    .map(org.consulta.i18n.ShownText::text).orElse(tenant.slug());
            mails.enqueue(to.getEmail(), to.getLanguage(), "mail_moderation_digest", to.getDisplayName(), name,
                    waiting.getHeld(), waiting.getFlagged(), waiting.getAppeals(), hours,
                    links.to(to.getLanguage(), "/r/" + tenant.slug() + "/moderation"));
        }
        return moderators.size();
    }

    /** The repository's digest turn, created with its first digest (under the repository's lock, so once). */
    private DigestTurn turn(Tenant tenant) {
        DigestTurn turn = em.find(DigestTurn.class, tenant.id());
        if (turn == null) {
            turn = new DigestTurn(tenant.id());
            em.persist(turn);
        }
        return turn;
    }

    private List<Account> holders(RepositoryRole role) {
        return holders.accounts(role);
    }
}
