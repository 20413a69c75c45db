package org.consulta.translation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.ShownText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's review of what the machine translated: the queue of machine texts nobody reviewed yet, oldest
 * first, a page at a time (paged in the database), and for each one: accept as is, correct, or reject.
 * Accepting or correcting makes it a human translation with who and when; rejecting removes it.
 */
@Stateless
@TenantScoped
public class MachineReview {

    public static final int PAGE_SIZE = 20;
    static final int MAX_LENGTH = 20000;

    public record Queue(List<ReviewRow> rows, long total, int page, Map<String, Long> byLanguage) {
        public List<ReviewRow> getRows() { return rows; }
        public long getTotal() { return total; }
        public int getPage() { return page; }
        public Map<String, Long> getByLanguage() { return byLanguage; }
        public boolean isHasNext() { return (page + 1L) * PAGE_SIZE < total; }
        public boolean isHasPrevious() { return page > 0; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private Instance<MachineTextStore> stores;

    /** Machine texts not reviewed, per language: what the translation dashboard shows. */
    public Map<String, Long> unreviewed(Tenant tenant, Long actorId) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT t.language, COUNT(t) FROM MachineText t WHERE t.rejected = FALSE GROUP BY t.language ORDER BY t.language",
                Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** One page of the queue, oldest first, in one language or all ({@code language} null). */
    public Queue queue(Tenant tenant, Long actorId, String language, int page) {
        Map<String, Long> counts = unreviewed(tenant, actorId);
        long total = language == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(language, 0L);
        int safePage = (int) Math.max(0, Math.min(page, Math.max(0, (total - 1) / PAGE_SIZE)));
        var query = em.createQuery("SELECT t FROM MachineText t WHERE t.rejected = FALSE" + (language == null ? "" : " AND t.language = :l")
                + " ORDER BY t.createdAt, t.id", MachineText.class);
        if (language != null) {
            query.setParameter("l", language);
        }
        List<MachineText> texts = query.setFirstResult(safePage * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<ReviewRow> rows = new ArrayList<>();
        for (MachineText text : texts) {
            MachineTextStore.Item item = store(text.getEntityName()).load(text.getEntityName(), text.getEntityId());
            LocalizedText field = item == null ? null : item.texts().get(text.getTextKey());
            var machine = field == null ? null : field.in(text.getLanguage()).filter(t -> t.status() == TranslationStatus.MACHINE).orElse(null);
            String from = field == null ? null : field.originalLanguage().orElse(null);
            if (machine != null && from != null) {
                rows.add(new ReviewRow(text.getId(), text.getEntityName(), text.getTextKey(),
                        ShownText.of(from, field.in(from).orElseThrow()), ShownText.of(text.getLanguage(), machine), text.getCreatedAt()));
            }
        }
        return new Queue(rows, total, safePage, counts);
    }

    /** The machine's text is right: it becomes a human translation, reviewed by {@code actorId} now. */
    public void accept(Tenant tenant, Long actorId, long machineTextId) {
        review(tenant, actorId, machineTextId, null, "translation.accepted");
    }

    /** The reviewer corrected the machine's text. */
    public void correct(Tenant tenant, Long actorId, long machineTextId, String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedException("translation.refused.text_required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RefusedException("translation.refused.text_too_long");
        }
        review(tenant, actorId, machineTextId, text.trim(), "translation.corrected");
    }

    /**
     * The machine's text is wrong: removed; the original is shown until a person translates it, the original
     * changes, or an editor asks the machine again.
     */
    public void reject(Tenant tenant, Long actorId, long machineTextId) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        MachineText text = find(machineTextId);
        MachineTextStore store = store(text.getEntityName());
        LocalizedText field = java.util.Optional.ofNullable(store.load(text.getEntityName(), text.getEntityId()))
                .map(item -> item.texts().get(text.getTextKey())).orElse(null);
        String source = field == null ? null : field.originalLanguage().flatMap(field::in).map(t -> t.text()).orElse(null);
        store.reject(text.getEntityName(), text.getEntityId(), text.getTextKey(), text.getLanguage());
        if (source == null) {
            em.remove(text);
        } else {
            text.rejected(source);
        }
        audit.record(tenant, actorId, "translation.rejected", target(text), null, null);
    }

    /** The rejected machine texts, newest first (at most a page): each may be asked of the machine again. */
    public List<MachineText> rejected(Tenant tenant, Long actorId) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        return em.createQuery("SELECT t FROM MachineText t WHERE t.rejected = TRUE ORDER BY t.id DESC", MachineText.class)
                .setMaxResults(PAGE_SIZE).getResultList();
    }

    /** A rejected text goes to the machine again (the rejection is forgotten), in the background. */
    public void askAgain(Tenant tenant, Long actorId, long machineTextId) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        MachineText text = em.find(MachineText.class, machineTextId);
        if (text == null || !text.isRejected()) {
            throw new NotFoundException("translation");
        }
        em.remove(text);
        em.persist(new MachineJob(tenant.id(), text.getEntityName(), text.getEntityId(), null, Instant.now()));
        audit.record(tenant, actorId, "translation.asked_again", target(text), null, null);
    }

    private void review(Tenant tenant, Long actorId, long machineTextId, String corrected, String action) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        MachineText text = find(machineTextId);
        store(text.getEntityName()).review(text.getEntityName(), text.getEntityId(), text.getTextKey(), text.getLanguage(),
                corrected, actorId, Instant.now());
        em.remove(text);
        audit.record(tenant, actorId, action, target(text), null, corrected);
    }

    private MachineText find(long id) {
        MachineText text = em.find(MachineText.class, id);
        if (text == null || text.isRejected()) {
            throw new NotFoundException("translation");
        }
        return text;
    }

    private static String target(MachineText text) {
        return text.getEntityName() + "/" + text.getEntityId() + "/" + text.getTextKey() + "/" + text.getLanguage();
    }

    private MachineTextStore store(String entityName) {
        return stores.stream().filter(s -> s.keeps(entityName)).findFirst().orElseThrow();
    }
}
