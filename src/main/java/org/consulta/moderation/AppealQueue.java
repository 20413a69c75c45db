package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.AccountBlock;
import org.consulta.account.Permissions;
import org.consulta.comment.Comment;
import org.consulta.comment.ModerationReason;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The other two lists of the queue, a page at a time: appeals waiting for a decision (each with the
 * contribution and who may not decide it), and accounts — flagged ones and blocked ones.
 */
@Stateless
@TenantScoped
public class AppealQueue {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ModerationRules rules;
    @Inject
    private Permissions permissions;
    @Inject
    private QueueLookups lookups;

    /** An appeal with its contribution; {@code decidable}: this moderator may decide it. */
    public record OpenAppeal(Appeal appeal, Comment comment, String authorName, Place place, boolean decidable) {
        public Appeal getAppeal() { return appeal; }
        public Comment getComment() { return comment; }
        public String getAuthorName() { return authorName; }
        public Place getPlace() { return place; }
        public boolean isDecidable() { return decidable; }
    }

    /** An account flagged or blocked here: open flags by reason, and the block if any. */
    public record AccountLine(Long accountId, String name, Map<ModerationReason, Long> flags, AccountBlock block) {
        public Long getAccountId() { return accountId; }
        public String getName() { return name; }
        public Map<ModerationReason, Long> getFlags() { return flags; }
        public AccountBlock getBlock() { return block; }
    }

    public QueuePage<OpenAppeal> appeals(Tenant tenant, Long moderatorId, int page) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        int safe = Math.max(0, Math.min(page, 100_000));
        List<Appeal> appeals = em.createQuery("SELECT a FROM Appeal a WHERE a.decidedAt IS NULL ORDER BY a.id", Appeal.class)
                .setFirstResult(safe * ModerationQueue.PAGE_SIZE).setMaxResults(ModerationQueue.PAGE_SIZE).getResultList();
        long total = em.createQuery("SELECT COUNT(a) FROM Appeal a WHERE a.decidedAt IS NULL", Long.class).getSingleResult();
        List<Long> ids = appeals.stream().map(Appeal::getCommentId).toList();
        Map<Long, Comment> comments = ids.isEmpty() ? Map.of() : em.createQuery("SELECT c FROM Comment c WHERE c.id IN :ids",
                Comment.class).setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
        Map<Long, String> names = lookups.names(appeals.stream().map(Appeal::getAuthorId).toList());
        Map<Long, Place> places = lookups.places(tenant, List.copyOf(comments.values()));
        List<OpenAppeal> out = new ArrayList<>();
        for (Appeal a : appeals) {
            Comment c = comments.get(a.getCommentId());
            out.add(new OpenAppeal(a, c, names.get(a.getAuthorId()), places.get(c.getId()),
                    !moderatorId.equals(a.getModeratedBy()) && !moderatorId.equals(a.getAuthorId())));
        }
        return new QueuePage<>(out, total, safe, ModerationQueue.PAGE_SIZE);
    }

    /** Accounts with open flags (most flagged first), then blocked accounts: a page of each. */
    public List<QueuePage<AccountLine>> accounts(Tenant tenant, Long moderatorId, int page) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        int safe = Math.max(0, Math.min(page, 100_000));
        List<Long> flaggedIds = em.createQuery("SELECT f.targetId FROM Flag f WHERE f.targetType = :t AND f.resolvedAt IS NULL "
                        + "GROUP BY f.targetId ORDER BY COUNT(f) DESC, f.targetId", Long.class).setParameter("t", TargetType.ACCOUNT)
                .setFirstResult(safe * ModerationQueue.PAGE_SIZE).setMaxResults(ModerationQueue.PAGE_SIZE).getResultList();
        long flaggedTotal = em.createQuery("SELECT COUNT(DISTINCT f.targetId) FROM Flag f WHERE f.targetType = :t "
                + "AND f.resolvedAt IS NULL", Long.class).setParameter("t", TargetType.ACCOUNT).getSingleResult();
        List<AccountBlock> blocks = em.createQuery("SELECT b FROM AccountBlock b WHERE b.active = :yes ORDER BY b.blockedAt DESC",
                        AccountBlock.class).setParameter("yes", true).setHint("eclipselink.jdbc.bind-parameters", "true")
                .setFirstResult(safe * ModerationQueue.PAGE_SIZE).setMaxResults(ModerationQueue.PAGE_SIZE).getResultList();
        long blockedTotal = em.createQuery("SELECT COUNT(b) FROM AccountBlock b WHERE b.active = :yes", Long.class)
                .setParameter("yes", true).setHint("eclipselink.jdbc.bind-parameters", "true").getSingleResult();
        List<Long> everyone = new ArrayList<>(flaggedIds);
        blocks.forEach(b -> everyone.add(b.getAccountId()));
        Map<Long, String> names = lookups.names(everyone);
        Map<Long, Map<ModerationReason, Long>> flags = lookups.openFlags(TargetType.ACCOUNT, flaggedIds);
        List<AccountLine> flagged = flaggedIds.stream().map(id -> new AccountLine(id, names.get(id), flags.get(id), null)).toList();
        List<AccountLine> blocked = blocks.stream().map(b -> new AccountLine(b.getAccountId(), names.get(b.getAccountId()), Map.of(), b)).toList();
        return List.of(new QueuePage<>(flagged, flaggedTotal, safe, ModerationQueue.PAGE_SIZE),
                new QueuePage<>(blocked, blockedTotal, safe, ModerationQueue.PAGE_SIZE));
    }
}
