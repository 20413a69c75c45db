package org.consulta.proposal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.Repository;

import java.util.List;

/** What the proposal services share, inside the caller's tenant-bound transaction: finding, locking, areas, language. */
@Dependent
class ProposalChecks {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private PolicyAreaService areas;

    Proposal proposal(long id) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.id = :id", Proposal.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("proposal.refused.not_found"));
    }

    /**
     * The proposal under its row lock, read afresh: supports, rewrites and merges of one proposal take turns,
     * so a support never lands on words rewritten at the same moment, and the counter matches the rows.
     */
    Proposal locked(long id) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.id = :id", Proposal.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("proposal.refused.not_found"));
    }

    /** The chosen policy areas of this repository; refused if one is not. */
    List<PolicyArea> areas(Tenant tenant, List<String> ids) {
        List<Long> chosen = ids == null ? List.of() : ids.stream().filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (ids != null && chosen.size() != ids.stream().distinct().count()) {
            throw new RefusedException("proposal.refused.area", "areas");
        }
        List<PolicyArea> found = chosen.isEmpty() ? List.of() : areas.byIds(tenant, chosen);
        if (found.size() != chosen.size()) {
            throw new RefusedException("proposal.refused.area", "areas");
        }
        return found;
    }

    /** The language the author says they wrote in, if the repository has it; else its default. */
    String language(Tenant tenant, String language) {
        Repository repository = em.find(Repository.class, tenant.id());
        return repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage();
    }
}
