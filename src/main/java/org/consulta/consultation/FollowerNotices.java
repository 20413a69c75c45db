package org.consulta.consultation;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentAddress;
import org.consulta.commitment.CommitmentAddresses;
import org.consulta.commitment.CommitmentListing;
import org.consulta.i18n.ShownText;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mails followers get about commitments and consultations, queued in the transaction of the
 * event. A consultation's opening and closing notices are marked on its row, which is locked while
 * they are queued: several instances, or a restart, never send them twice.
 */
@Stateless
@TenantScoped
public class FollowerNotices {

    /** How long before closing followers are reminded. */
    static final Duration CLOSING_SOON = Duration.ofHours(48);

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private org.consulta.account.Notifier notifier;
    @Inject
    private PublicLinks links;
    @Inject
    private CommitmentAddresses addresses;
    @Inject
    private CommitmentListing listing;

    /** Joins the publishing transaction; the publisher is not told of their own act. */
    public void versionPublished(Tenant tenant, long commitmentId, int number, Long publisherId) {
        CommitmentAddress commitment = addresses.of(commitmentId);
        String path = "/r/" + tenant.slug() + "/plans/" + commitment.planSlug() + "/" + commitment.reference();
        recipients(List.of(commitmentId)).forEach((account, follower) -> {
            if (!account.getId().equals(publisherId)) {
                String language = account.getLanguage();
                notifier.notify(account.getEmail(), language, "mail_new_version", account.getDisplayName(),
                        commitment.reference(), number, links.to(language, path + "/compare?from=" + (number - 1) + "&to=" + number),
                        links.to(language, follower.unsubscribePath(tenant)));
            }
        });
    }

    /** Consultations of this repository whose opening or closing notice is due at {@code now}. */
    public List<Long> due(Tenant tenant, Instant now) {
        return em.createQuery("SELECT c.id FROM Consultation c WHERE c.closesAt > :now AND ((c.openingNoticeAt IS NULL "
                        + "AND c.opensAt <= :now) OR (c.closingNoticeAt IS NULL AND c.closesAt <= :soon))", Long.class)
                .setParameter("now", now).setParameter("soon", now.plus(CLOSING_SOON)).getResultList();
    }

    /**
     * Queues the notice due for one consultation, once: the row lock makes a concurrent caller wait
     * and then find the mark. A consultation short enough to be closing as it opens gets one notice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void announce(Tenant tenant, long consultationId, Instant now) {
        Consultation consultation = em.createQuery("SELECT c FROM Consultation c WHERE c.id = :id", Consultation.class)
                .setParameter("id", consultationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        String mailKey = consultation.noticeDue(now, CLOSING_SOON);
        if (mailKey == null) {
            return;
        }
        Repository repository = em.find(Repository.class, tenant.id());
        List<Long> covered = consultation.getCommitments().isEmpty()
                ? listing.ids(tenant, consultation.getPlan().getId())
                : consultation.getCommitments().stream().map(Commitment::getId).toList();
        String path = "/r/" + tenant.slug() + "/consultations/" + consultation.getId();
        recipients(covered).forEach((account, follower) -> {
            String language = account.getLanguage();
            String title = consultation.getTitle().show(language, repository.fallbackOrder()).map(ShownText::text).orElse("");
            notifier.notify(account.getEmail(), language, mailKey, account.getDisplayName(), title,
                    closing(consultation.getClosesAt(), language, repository), links.to(language, path),
                    links.to(language, follower.unsubscribePath(tenant)));
        });
    }

    /** Active followers of these commitments who still have an account: one follow each, to unsubscribe from. */
    private Map<Account, Follower> recipients(List<Long> commitmentIds) {
        Map<Account, Follower> out = new LinkedHashMap<>();
        if (commitmentIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT NEW org.consulta.consultation.FollowerRow(f, a) FROM Follower f, Account a WHERE a.id = f.accountId "
                        + "AND f.commitmentId IN :c AND f.unsubscribedAt IS NULL AND a.deletedAt IS NULL ORDER BY f.id", FollowerRow.class)
                .setParameter("c", commitmentIds).getResultList()
                .forEach(row -> out.putIfAbsent(row.account(), row.follower()));
        return out;
    }

    /** When something closes, as a mail says it: long date, short time, in the repository's time zone (named). */
    public static String closing(Instant closesAt, String language, Repository repository) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, new ULocale(language));
        format.setTimeZone(TimeZone.getTimeZone(repository.zone().getId()));
        return format.format(Date.from(closesAt)) + " (" + repository.zone().getId() + ")";
    }
}
