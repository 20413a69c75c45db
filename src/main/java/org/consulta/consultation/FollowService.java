package org.consulta.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentAddress;
import org.consulta.commitment.CommitmentAddresses;
import org.consulta.commitment.CommitmentReader;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Following commitments and leaving them: from the commitment's page when signed in, automatically
 * on contributing (unless the person unsubscribed before), and from a mail's link without signing in.
 */
@Stateless
@TenantScoped
public class FollowService {

    private static final String TOKEN = "[A-Za-z0-9_-]{16,64}";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private CommitmentAddresses addresses;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private PublicLinks links;

    public void followCommitment(Tenant tenant, Long accountId, String planSlug, String reference) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || !account.isConfirmed() || account.isDeleted()) {
            throw new RefusedException("follow.refused.unconfirmed");
        }
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        find(commitment.getId(), accountId).ifPresentOrElse(Follower::resume,
                () -> em.persist(new Follower(commitment.getId(), accountId)));
    }

    public void unfollowCommitment(Tenant tenant, Long accountId, String planSlug, String reference) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        find(commitment.getId(), accountId).ifPresent(f -> f.unsubscribe(Instant.now()));
    }

    public boolean isFollowing(Tenant tenant, Long accountId, Long commitmentId) {
        return accountId != null && find(commitmentId, accountId).map(Follower::isActive).orElse(false);
    }

    /** Someone who contributes follows the commitment, unless they once chose not to. Joins the caller's transaction. */
    public void followAsContributor(Tenant tenant, Long accountId, Long commitmentId) {
        if (find(commitmentId, accountId).isEmpty()) {
            em.persist(new Follower(commitmentId, accountId));
        }
    }

    /** What a mail about this commitment needs to reach a follower, if they still follow it. */
    public Optional<FollowerContact> contact(Tenant tenant, Long accountId, Long commitmentId) {
        return find(commitmentId, accountId).filter(Follower::isActive).flatMap(f -> {
            Account account = em.find(Account.class, accountId);
            return account == null || account.isDeleted() ? Optional.empty()
                    : Optional.of(FollowerContact.of(account, links.to(account.getLanguage(), f.unsubscribePath(tenant))));
        });
    }

    /**
     * Those who follow any commitment of a plan (active, with an account), once each with the link that
     * stops one of their follows: whom a new call for proposals on the plan is announced to.
     */
    public java.util.List<FollowerContact> planFollowers(Tenant tenant, long planId) {
        java.util.Map<Long, FollowerContact> out = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT NEW org.consulta.consultation.FollowerRow(f, a) FROM Follower f, Account a, Commitment c "
                        + "WHERE a.id = f.accountId AND c.id = f.commitmentId AND c.plan.id = :p AND f.unsubscribedAt IS NULL "
                        + "AND a.deletedAt IS NULL ORDER BY f.id", FollowerRow.class).setParameter("p", planId).getResultList()
                .forEach(row -> out.putIfAbsent(row.account().getId(), FollowerContact.of(row.account(),
                        links.to(row.account().getLanguage(), row.follower().unsubscribePath(tenant)))));
        return java.util.List.copyOf(out.values());
    }

    /** The mail link's page: which commitment the token stops (nothing about the person); empty for a bad link. */
    public Optional<String> unsubscribingFrom(Tenant tenant, String token) {
        if (token == null || !token.matches(TOKEN)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f.commitmentId FROM Follower f WHERE f.token = :t", Long.class).setParameter("t", token)
                .getResultStream().findFirst().map(addresses::of).map(CommitmentAddress::reference);
    }

    /** Stops the mails about one commitment ({@code everything}: about every commitment of the repository). */
    public void unsubscribe(Tenant tenant, String token, boolean everything) {
        Follower follower = byToken(token);
        List<Follower> stopped = everything
                ? em.createQuery("SELECT f FROM Follower f WHERE f.accountId = :a", Follower.class)
                    .setParameter("a", follower.getAccountId()).getResultList()
                : List.of(follower);
        Instant now = Instant.now();
        stopped.forEach(f -> f.unsubscribe(now));
    }

    private Follower byToken(String token) {
        if (token == null || !token.matches(TOKEN)) {
            throw new RefusedException("follow.refused.link");
        }
        return em.createQuery("SELECT f FROM Follower f WHERE f.token = :t", Follower.class).setParameter("t", token)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("follow.refused.link"));
    }

    private Optional<Follower> find(Long commitmentId, Long accountId) {
        return em.createQuery("SELECT f FROM Follower f WHERE f.commitmentId = :c AND f.accountId = :a", Follower.class)
                .setParameter("c", commitmentId).setParameter("a", accountId).getResultStream().findFirst();
    }
}
