package org.consulta.commitment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;
import org.consulta.repository.Repository;
import org.consulta.search.SearchIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts a commitment's newest published version into the search index, in each of the repository's
 * languages as its readers see it (translations, or the fallback text). Runs in the caller's transaction.
 */
@Dependent
class CommitmentIndexing {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private SearchIndex index;

    /** A machine translation of a commitment's sections arrived: readers of that language find it by its words now. */
    void machineTranslated(@jakarta.enterprise.event.Observes org.consulta.translation.MachineTranslatedEvent event) {
        if (event.entityName().equals(CommitmentMachineTexts.ENTITY)) {
            Commitment commitment = em.find(Commitment.class, event.id());
            if (commitment != null) {
                reindex(event.tenant(), commitment);
            }
        }
    }

    void reindex(Tenant tenant, Commitment commitment) {
        if (!commitment.isPublished()) {
            return;
        }
        Repository repository = em.find(Repository.class, tenant.id());
        CommitmentText text = commitment.getCurrentVersion().getContent();
        List<SectionTranslation> translations = CommitmentQueries.translations(em, commitment);
        SectionTexts texts = new SectionTexts(text, translations);
        Map<String, SearchIndex.Indexed> byLanguage = new LinkedHashMap<>();
        for (String language : repository.getLanguages()) {
            List<String> order = repository.fallbackOrder();
            var shownTitle = text.sections(TemplateField.TITLE).stream().map(s -> texts.show(s, language, order)).findFirst();
            String title = shownTitle.map(t -> t.text()).orElse("");
            String body = text.sections().stream().filter(s -> !s.field().equals(TemplateField.TITLE.name()))
                    .map(s -> texts.show(s, language, order).text()).collect(Collectors.joining("\n"));
            boolean machine = text.sections().stream().anyMatch(s -> texts.show(s, language, order).isMachine());
            byLanguage.put(language, new SearchIndex.Indexed(commitment.getReference() + " " + title, body, machine,
                    shownTitle.map(t -> t.language()).orElse(language)));
        }
        index.replace(SearchIndex.COMMITMENT, commitment.getId(), commitment.getPlan().getSlug(), commitment.getReference(), byLanguage);
    }
}
