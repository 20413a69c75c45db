package org.consulta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;
import org.consulta.translation.MachineTextStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A commitment's sections and milestones for the machine and the reviewers: the published version's
 * wording (the draft's until one is published, which the machine translates only when an editor asks),
 * with the translations made from exactly that wording.
 */
@ApplicationScoped
public class CommitmentMachineTexts implements MachineTextStore {

    static final String ENTITY = "Commitment";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public boolean keeps(String entityName) {
        return ENTITY.equals(entityName);
    }

    @Override
    public Item load(String entityName, long id) {
        Commitment commitment = em.find(Commitment.class, id);
        if (commitment == null) {
            return null;
        }
        CommitmentText text = wording(commitment);
        SectionTexts texts = new SectionTexts(text, CommitmentQueries.translations(em, commitment));
        Map<String, LocalizedText> byKey = new LinkedHashMap<>();
        for (Section section : text.sections()) {
            Map<String, Translation> languages = new LinkedHashMap<>();
            languages.put(text.language(), new Translation(section.text(), TranslationStatus.ORIGINAL));
            for (String language : java.util.List.of("fr", "es", "en")) {
                texts.in(section, language).filter(t -> !language.equals(text.language())).ifPresent(t ->
                        languages.put(language, new Translation(t.text(), t.status(), t.outdated())));
            }
            byKey.put(section.key(), LocalizedText.of(languages));
        }
        return new Item("plans", commitment.isPublished(), byKey);
    }

    @Override
    public boolean storeMachine(String entityName, long id, String key, String language, String source, String text) {
        Commitment commitment = em.find(Commitment.class, id, LockModeType.PESSIMISTIC_WRITE);
        Section section = commitment == null ? null : wording(commitment).section(key).orElse(null);
        if (section == null || !section.text().equals(source) || current(commitment, key, language, source)
                .filter(t -> t.getStatus() != TranslationStatus.MACHINE).isPresent()) {
            return false;
        }
        SectionTranslation translation = current(commitment, key, language, source).orElseGet(() -> {
            SectionTranslation made = new SectionTranslation(commitment.getId(), key, language, source);
            em.persist(made);
            return made;
        });
        translation.replace(text, TranslationStatus.MACHINE, null);
        return true;
    }

    @Override
    public void review(String entityName, long id, String key, String language, String text, long reviewer, Instant at) {
        machineText(id, key, language).ifPresent(t -> t.reviewed(text, reviewer, at));
    }

    @Override
    public void reject(String entityName, long id, String key, String language) {
        machineText(id, key, language).ifPresent(em::remove);
    }

    private Optional<SectionTranslation> machineText(long id, String key, String language) {
        Commitment commitment = em.find(Commitment.class, id, LockModeType.PESSIMISTIC_WRITE);
        Section section = commitment == null ? null : wording(commitment).section(key).orElse(null);
        return section == null ? Optional.empty() : current(commitment, key, language, section.text())
                .filter(t -> t.getStatus() == TranslationStatus.MACHINE);
    }

    private Optional<SectionTranslation> current(Commitment commitment, String key, String language, String source) {
        return em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId = :c AND t.sectionKey = :k "
                        + "AND t.language = :l AND t.sourceHash = :h", SectionTranslation.class).setParameter("c", commitment.getId())
                .setParameter("k", key).setParameter("l", language).setParameter("h", SectionTranslation.hash(source))
                .getResultStream().findFirst();
    }

    /** What readers read: the published version; before the first, the draft (editors only). */
    private static CommitmentText wording(Commitment commitment) {
        return commitment.isPublished() ? commitment.getCurrentVersion().getContent() : commitment.getDraft();
    }
}
