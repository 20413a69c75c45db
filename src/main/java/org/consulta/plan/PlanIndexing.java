package org.consulta.plan;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;
import org.consulta.repository.Repository;
import org.consulta.search.SearchIndex;
import org.consulta.search.SearchIndex.Indexed;
import org.consulta.translation.MachineTranslatedEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a plan into the search index, in each of the repository's languages as its readers see it (saying
 * when that is a machine's text), in the caller's transaction: when it is written, and when its machine
 * translations arrive.
 */
@Dependent
class PlanIndexing {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private SearchIndex index;

    void machineTranslated(@Observes MachineTranslatedEvent event) {
        if (event.entityName().equals("ActionPlan")) {
            ActionPlan plan = em.find(ActionPlan.class, event.id());
            if (plan != null) {
                reindex(event.tenant(), plan);
            }
        }
    }

    void reindex(Tenant tenant, ActionPlan plan) {
        Repository repository = em.find(Repository.class, tenant.id());
        Map<String, Indexed> byLanguage = new LinkedHashMap<>();
        for (String language : repository.getLanguages()) {
            var title = plan.getTitle().show(language, repository.fallbackOrder());
            var summary = plan.getSummary().show(language, repository.fallbackOrder());
            byLanguage.put(language, new Indexed(title.map(t -> t.text()).orElse(""), summary.map(t -> t.text()).orElse(""),
                    title.map(t -> t.isMachine()).orElse(false) || summary.map(t -> t.isMachine()).orElse(false),
                    title.map(t -> t.language()).orElse(language)));
        }
        em.flush();
        index.replace(SearchIndex.PLAN, plan.getId(), plan.getSlug(), null, byLanguage);
    }
}
