package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.account.AccountBlock;
import org.consulta.account.Permissions;
import org.consulta.comment.Comment;
import org.consulta.comment.ModerationReason;
import org.consulta.comment.Visibility;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Blocking a person in one repository (they keep reading, and see why), optionally hiding everything
 * they wrote there; and lifting it. Other repositories are not touched.
 */
@Stateless
@TenantScoped
public class BlockService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private jakarta.enterprise.event.Event<org.consulta.comment.DiscussionChanged> discussionChanged;
    @Inject
    private ModerationRules rules;
    @Inject
    private Permissions permissions;
    @Inject
    private ModerationLog log;
    @Inject
    private ModerationMails mails;
    @Inject
    private org.consulta.account.Standing standing;

    private final Clock clock = Clock.systemUTC();

    /** Returns how many contributions were hidden with it. */
    public int blockAccount(Tenant tenant, Long moderatorId, long accountId, String justification, boolean hideAll,
                            ModerationReason reason) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        String why = ModerationRules.required(justification, 1000, "justification");
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new RefusedException("moderation.refused.not_found");
        }
        if (account.getId().equals(moderatorId)) {
            throw new RefusedException("moderation.refused.own_content");
        }
        if (permissions.allows(tenant, accountId, ModerationPermissions.MODERATE)) {
            throw new RefusedException("moderation.refused.block_moderator");
        }
        AccountBlock block = find(accountId);
        if (block == null) {
            block = new AccountBlock(accountId);
            em.persist(block);
        } else if (block.isActive()) {
            throw new RefusedException("moderation.refused.already_blocked");
        }
        Instant now = clock.instant();
        block.block(why, moderatorId, now);
        rules.resolveFlags(TargetType.ACCOUNT, accountId, now);
        log.record(tenant, moderatorId, ModerationAction.Kind.BLOCK, TargetType.ACCOUNT, accountId, null, why);
        mails.blocked(tenant, accountId, em.find(Repository.class, tenant.id()), why);
        return hideAll ? hideEverything(tenant, moderatorId, accountId, reason == null ? ModerationReason.OTHER : reason, now) : 0;
    }

    public void unblockAccount(Tenant tenant, Long moderatorId, long accountId) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        AccountBlock block = find(accountId);
        if (block == null || !block.isActive()) {
            throw new RefusedException("moderation.refused.not_blocked");
        }
        block.lift();
        log.record(tenant, moderatorId, ModerationAction.Kind.UNBLOCK, TargetType.ACCOUNT, accountId, null, null);
    }

    /** The person's active block here, if any: they are shown why they cannot contribute. */
    public java.util.Optional<AccountBlock> blockOf(Tenant tenant, Long accountId) {
        return standing.block(accountId);
    }

    /** The account's flags were looked at and need nothing more. */
    public void dismissAccountFlags(Tenant tenant, Long moderatorId, long accountId) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        if (rules.resolveFlags(TargetType.ACCOUNT, accountId, clock.instant()) == 0) {
            throw new RefusedException("moderation.refused.state");
        }
        log.record(tenant, moderatorId, ModerationAction.Kind.DISMISS, TargetType.ACCOUNT, accountId, null, null);
    }

    private AccountBlock find(long accountId) {
        return em.createQuery("SELECT b FROM AccountBlock b WHERE b.accountId = :a", AccountBlock.class)
                .setParameter("a", accountId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    private int hideEverything(Tenant tenant, Long moderatorId, long accountId, ModerationReason reason, Instant now) {
        List<Comment> theirs = em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a "
                        + "AND c.visibility <> :hidden ORDER BY c.id", Comment.class)
                .setParameter("a", accountId).setParameter("hidden", Visibility.HIDDEN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Comment comment : theirs) {
            comment.moderate(Visibility.HIDDEN, reason, moderatorId, now);
            rules.resolveFlags(TargetType.COMMENT, comment.getId(), now);
            comment.countOpenFlags(0);
            log.record(tenant, moderatorId, ModerationAction.Kind.HIDE, TargetType.COMMENT, comment.getId(), reason, null);
        }
        theirs.stream().map(org.consulta.comment.DiscussionChanged::of).distinct()
                .sorted(org.consulta.comment.DiscussionChanged.LOCK_ORDER).forEach(discussionChanged::fire);
        return theirs.size();
    }
}
