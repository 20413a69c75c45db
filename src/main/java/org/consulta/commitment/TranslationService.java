package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.i18n.MachineTranslator;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;
import org.consulta.translation.MachineRequests;

import java.util.List;
import java.util.Map;

/**
 * Translating a commitment section by section, the source beside the target. Translations attach to
 * the wording of the draft's sections, so they serve every published version with that wording.
 */
@Stateless
@TenantScoped
public class TranslationService {

    static final int MAX_LENGTH = 20000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private MachineTranslator machine;
    @Inject
    private CommitmentIndexing indexing;
    @Inject
    private MachineRequests requests;

    public List<TranslationRow> sheet(Tenant tenant, Long actorId, String planSlug, String reference, String from, String to) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.find(em, planSlug, reference);
        checkTarget(tenant, commitment, to);
        SectionTexts texts = new SectionTexts(commitment.getDraft(), CommitmentQueries.translations(em, commitment));
        return commitment.getDraft().sections().stream().map(s -> new TranslationRow(s.key(), s.field(),
                texts.in(s, from).orElseGet(() -> texts.in(s, commitment.getDraft().language()).orElseThrow()),
                texts.in(s, to).orElse(null))).toList();
    }

    /** Saves what the editor typed, accepting no machine translation as is (see the next). */
    public int saveTranslations(Tenant tenant, Long actorId, long commitmentId, String to, Map<String, String> typed) {
        return saveTranslations(tenant, actorId, commitmentId, to, typed, java.util.Set.of());
    }

    /**
     * Saves what the editor typed: each changed non-blank text is a current, human translation; blank
     * removes it; a machine translation left as it was stays the machine's unless the editor accepted it
     * (its key in {@code accepted}), which makes it a human translation reviewed by the editor now.
     */
    public int saveTranslations(Tenant tenant, Long actorId, long commitmentId, String to, Map<String, String> typed,
                                java.util.Set<String> accepted) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        checkTarget(tenant, commitment, to);
        int changed = 0;
        for (Section section : commitment.getDraft().sections()) {
            String value = typed.get(section.key());
            if (value == null) {
                continue;
            }
            if (value.length() > MAX_LENGTH) {
                throw RefusedException.with("commitment.refused.translation_too_long", null,
                        new org.consulta.kernel.Refusal.Label("commitment.field." + section.field()), MAX_LENGTH);
            }
            changed += accepted.contains(section.key()) ? accept(commitment, section, to, value.trim(), actorId)
                    : store(commitment, section, to, value.trim(), TranslationStatus.HUMAN, actorId) ? 1 : 0;
        }
        em.flush();
        indexing.reindex(tenant, commitment);
        if (machine.isAvailable()) {
            requests.refresh(tenant, CommitmentMachineTexts.ENTITY, commitment.getId()); // the review queue forgets what was reviewed
        }
        audit.record(tenant, actorId, "commitment.translated", commitment.getPlan().getSlug() + "/"
                + commitment.getReference(), null, to + ": " + changed + " sections");
        return changed;
    }

    /**
     * Asks the machine for the sections missing in {@code to}, the draft's too (the only way a text not yet
     * public reaches it): the queue translates them within seconds, labelled as machine-made.
     */
    public void machineTranslate(Tenant tenant, Long actorId, long commitmentId, String to) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        if (!machine.isAvailable()) {
            throw new RefusedException("commitment.refused.no_machine_translation");
        }
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        checkTarget(tenant, commitment, to);
        requests.requestItem(tenant, actorId, CommitmentMachineTexts.ENTITY, commitment.getId());
        audit.record(tenant, actorId, "commitment.machine_requested", commitment.getReference(), null, to);
    }

    /** A machine translation accepted as is, or as corrected: a human translation reviewed by the editor now. */
    private int accept(Commitment commitment, Section section, String to, String text, Long by) {
        SectionTranslation current = em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId = :c "
                        + "AND t.sectionKey = :k AND t.language = :l AND t.sourceHash = :h", SectionTranslation.class)
                .setParameter("c", commitment.getId()).setParameter("k", section.key()).setParameter("l", to)
                .setParameter("h", SectionTranslation.hash(section.text())).getResultStream().findFirst().orElse(null);
        if (current == null || current.getStatus() != TranslationStatus.MACHINE || text.isEmpty()) {
            return store(commitment, section, to, text, TranslationStatus.HUMAN, by) ? 1 : 0;
        }
        current.reviewed(text, by, java.time.Instant.now());
        return 1;
    }

    private boolean store(Commitment commitment, Section section, String to, String text, TranslationStatus status, Long by) {
        SectionTranslation current = em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId = :c "
                        + "AND t.sectionKey = :k AND t.language = :l AND t.sourceHash = :h", SectionTranslation.class)
                .setParameter("c", commitment.getId()).setParameter("k", section.key()).setParameter("l", to)
                .setParameter("h", SectionTranslation.hash(section.text())).getResultStream().findFirst().orElse(null);
        if (text.isEmpty()) {
            if (current != null) {
                em.remove(current);
            }
            return current != null;
        }
        if (current != null && current.getText().equals(text)
                && (current.getStatus() == status || current.getStatus() == TranslationStatus.MACHINE)) {
            return false; // unchanged; a machine text stays the machine's until someone accepts it
        }
        if (current == null) {
            current = new SectionTranslation(commitment.getId(), section.key(), to, section.text());
            current.replace(text, status, by);
            em.persist(current);
        } else {
            current.replace(text, status, by);
        }
        return true;
    }

    private void checkTarget(Tenant tenant, Commitment commitment, String to) {
        Repository repository = em.find(Repository.class, tenant.id());
        if (to == null || !repository.getLanguages().contains(to) || to.equals(commitment.getDraft().language())) {
            throw new RefusedException("commitment.refused.translation_language");
        }
    }

}
