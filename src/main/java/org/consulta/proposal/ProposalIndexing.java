package org.consulta.proposal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.search.SearchIndex;

import java.util.Map;

/**
 * Keeps a proposal's search entry as readers of its language see it, in the transaction of the change:
 * what the search page finds, and what a person typing a new proposal's title is shown as similar.
 * A merged or hidden proposal leaves the index.
 */
@Dependent
public class ProposalIndexing {

    public static final String KIND = "PROPOSAL";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private SearchIndex index;

    void changed(@Observes ProposalChanged event) {
        // read afresh (after this transaction's own changes): its visibility may have just been set by a statement
        em.flush();
        Proposal proposal = em.createQuery("SELECT p FROM Proposal p WHERE p.id = :id", Proposal.class)
                .setParameter("id", event.proposalId()).setHint("eclipselink.refresh", "true").getSingleResult();
        boolean shown = proposal.isPublic() && !proposal.isMerged();
        String body = proposal.getProblem() + "\n" + proposal.getSolution()
                + (proposal.getAddendum() == null ? "" : "\n" + proposal.getAddendum());
        index.replace(KIND, proposal.getId(), proposal.getCall().getPlan().getSlug(), "P" + proposal.getId(),
                shown ? Map.of(proposal.getLanguage(), new SearchIndex.Indexed(proposal.getTitle(), body)) : Map.of());
    }
}
