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

    public List<TranslationRow> sheet(Tenant tenant, Long actorId, String planSlug, String reference, String from, String to) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.find(em, planSlug, reference);
        checkTarget(tenant, commitment, to);
        SectionTexts texts = new SectionTexts(commitment.getDraft(), CommitmentQueries.translations(em, commitment));
        return commitment.getDraft().sections().stream().map(s -> new TranslationRow(s.key(), s.field(),
                texts.in(s, from).orElseGet(() -> texts.in(s, commitment.getDraft().language()).orElseThrow()),
                texts.in(s, to).orElse(null))).toList();
    }

    /** Saves what the editor typed: each non-blank text is a current, human translation; blank removes it. */
    public int saveTranslations(Tenant tenant, Long actorId, long commitmentId, String to, Map<String, String> typed) {
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
                throw new RefusedException("commitment.refused.translation_too_long");
            }
            changed += store(commitment, section, to, value.trim(), TranslationStatus.HUMAN, actorId) ? 1 : 0;
        }
        em.flush();
        indexing.reindex(tenant, commitment);
        audit.record(tenant, actorId, "commitment.translated", commitment.getPlan().getSlug() + "/"
                + commitment.getReference(), null, to + ": " + changed + " sections");
        return changed;
    }

    /** Fills the sections missing in {@code to} with the configured machine translator's output, labelled as such. */
    public int machineTranslate(Tenant tenant, Long actorId, long commitmentId, String to) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        if (!machine.isAvailable()) {
            throw new RefusedException("commitment.refused.no_machine_translation");
        }
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        checkTarget(tenant, commitment, to);
        SectionTexts texts = new SectionTexts(commitment.getDraft(), CommitmentQueries.translations(em, commitment));
        int made = 0;
        for (Section section : commitment.getDraft().sections()) {
            if (texts.in(section, to).filter(t -> !t.outdated()).isEmpty()) {
                String from = commitment.getDraft().language();
                made += machine.translate(section.text(), from, to)
                        .map(t -> store(commitment, section, to, t, TranslationStatus.MACHINE, null)).orElse(false) ? 1 : 0;
            }
        }
        em.flush();
        indexing.reindex(tenant, commitment);
        audit.record(tenant, actorId, "commitment.machine_translated", commitment.getReference(), null, to + ": " + made);
        return made;
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
        if (current != null && current.getText().equals(text) && current.getStatus() == status) {
            return false;
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
