package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.IdCount;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a call, public once it is published: its figures (counted in the database, one statement
 * each) and every proposal with its response and what it became, for the page, the CSV and open data.
 */
@Stateless
@TenantScoped
public class CallReport {

    private static final String COUNTED = " FROM Proposal p WHERE p.call.id = :call AND p.mergedInto IS NULL"
            + " AND p.visibility = org.consulta.comment.Visibility.PUBLISHED";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public CallFigures figures(Tenant tenant, long callId) {
        long online = count("SELECT COUNT(p)" + COUNTED + " AND p.authorId IS NOT NULL", callId);
        long workshops = count("SELECT COUNT(p)" + COUNTED + " AND p.workshop IS NOT NULL", callId);
        Long participants = em.createQuery("SELECT SUM(w.participants) FROM Workshop w WHERE w.call.id = :call", Long.class)
                .setParameter("call", callId).getSingleResult();
        long authors = count("SELECT COUNT(DISTINCT p.authorId)" + COUNTED, callId);
        long organisations = count("SELECT COUNT(DISTINCT p.organisation)" + COUNTED, callId);
        Long supports = em.createQuery("SELECT SUM(p.supports)" + COUNTED, Long.class).setParameter("call", callId).getSingleResult();
        long answered = count("SELECT COUNT(p)" + COUNTED + " AND p.response.status IS NOT NULL", callId);
        long linked = count("SELECT COUNT(p)" + COUNTED + " AND EXISTS (SELECT l FROM ProposalLink l WHERE l.proposalId = p.id)", callId);
        Map<Long, Long> byArea = new LinkedHashMap<>();
        em.createQuery("SELECT NEW org.consulta.kernel.IdCount(a.id, COUNT(p)) FROM Proposal p JOIN p.areas a"
                        + " WHERE p.call.id = :call AND p.mergedInto IS NULL AND p.visibility = org.consulta.comment.Visibility.PUBLISHED"
                        + " GROUP BY a.id ORDER BY a.id", IdCount.class)
                .setParameter("call", callId).getResultList().forEach(row -> byArea.put(row.id(), row.count()));
        return new CallFigures(online, workshops, participants == null ? 0 : participants, authors, organisations,
                supports == null ? 0 : supports, answered, linked, byArea);
    }

    /** Every public proposal of the call, merged ones too (they say into which), oldest first, with their areas and workshops. */
    public List<Proposal> rows(Tenant tenant, long callId) {
        List<Proposal> rows = em.createQuery("SELECT p FROM Proposal p LEFT JOIN FETCH p.workshop WHERE p.call.id = :call"
                        + " AND p.visibility = org.consulta.comment.Visibility.PUBLISHED ORDER BY p.id", Proposal.class)
                .setParameter("call", callId).getResultList();
        rows.forEach(p -> p.getAreas().size());
        return rows;
    }

    /** The commitments each proposal of the call became part of, by proposal id. */
    public Map<Long, List<ProposalLink>> links(Tenant tenant, long callId) {
        Map<Long, List<ProposalLink>> links = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM ProposalLink l, Proposal p WHERE p.id = l.proposalId AND p.call.id = :call ORDER BY l.id",
                        ProposalLink.class).setParameter("call", callId).getResultList()
                .forEach(l -> links.computeIfAbsent(l.getProposalId(), k -> new java.util.ArrayList<>()).add(l));
        return links;
    }

    /** Every public proposal of the repository, by id, with its workshop and areas: the open-data file. */
    public List<Proposal> repositoryRows(Tenant tenant) {
        List<Proposal> rows = em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.call LEFT JOIN FETCH p.workshop"
                + " WHERE p.visibility = org.consulta.comment.Visibility.PUBLISHED ORDER BY p.id", Proposal.class).getResultList();
        rows.forEach(p -> p.getAreas().size());
        return rows;
    }

    /** Every link of the repository's proposals to commitments, by proposal id. */
    public Map<Long, List<ProposalLink>> repositoryLinks(Tenant tenant) {
        Map<Long, List<ProposalLink>> links = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM ProposalLink l ORDER BY l.id", ProposalLink.class).getResultList()
                .forEach(l -> links.computeIfAbsent(l.getProposalId(), k -> new java.util.ArrayList<>()).add(l));
        return links;
    }

    private long count(String jpql, long callId) {
        return em.createQuery(jpql, Long.class).setParameter("call", callId).getSingleResult();
    }
}
