package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.MemberContacts;
import org.consulta.consultation.FollowService;
import org.consulta.consultation.FollowerNotices;
import org.consulta.consultation.FollowerContact;
import org.consulta.i18n.ShownText;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A call's opening announced by mail, once, when it opens: to those who follow the plan's commitments (with
 * the link that stops those mails) and to the repository's members. The mark is set on the call's row under
 * its lock, so that several instances, or a restart, never send it twice.
 */
@Stateless
@TenantScoped
public class CallNotices {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private FollowService follows;
    @Inject
    private MemberContacts members;
    @Inject
    private org.consulta.account.Notifier notifier;
    @Inject
    private PublicLinks links;

    /** Calls of this repository open at {@code now} whose opening was not announced yet. */
    public List<Long> due(Tenant tenant, Instant now) {
        return em.createQuery("SELECT c.id FROM ProposalCall c WHERE c.openingNoticeAt IS NULL AND c.opensAt <= :now "
                + "AND c.closesAt > :now", Long.class).setParameter("now", now).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void announce(Tenant tenant, long callId, Instant now) {
        ProposalCall call = em.createQuery("SELECT c FROM ProposalCall c WHERE c.id = :id", ProposalCall.class)
                .setParameter("id", callId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        if (!call.openingNoticeDue(now)) {
            return;
        }
        Repository repository = em.find(Repository.class, tenant.id());
        String path = "/r/" + tenant.slug() + "/calls/" + callId;
        Set<String> told = new HashSet<>();
        for (FollowerContact to : follows.planFollowers(tenant, call.getPlan().getId())) {
            if (told.add(to.email())) {
                notifier.notify(to.email(), to.language(), "mail_call_opened", to.name(), title(call, to.language(), repository),
                        FollowerNotices.closing(call.getClosesAt(), to.language(), repository), links.to(to.language(), path), to.unsubscribeLink());
            }
        }
        for (MemberContacts.Contact to : members.members()) {
            if (to.email() != null && told.add(to.email())) {
                notifier.notify(to.email(), to.language(), "mail_call_opened_member", to.name(), title(call, to.language(), repository),
                        FollowerNotices.closing(call.getClosesAt(), to.language(), repository), links.to(to.language(), path));
            }
        }
    }

    private static String title(ProposalCall call, String language, Repository repository) {
        return call.getTitle().show(language, repository.fallbackOrder()).map(ShownText::text).orElse("");
    }
}
