package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.audit.ActorNames;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reading proposals: a call's page of them, filtered, sorted and paginated in the database at a cost
 * that does not grow with the call (a page is five statements however many proposals it has); one
 * proposal; those a commitment came from.
 */
@Stateless
@TenantScoped
public class ProposalReader {

    public static final int PAGE_SIZE = 20;
    private static final String LISTED = " WHERE p.call.id = :call AND p.mergedInto IS NULL"
            + " AND p.visibility = org.consulta.comment.Visibility.PUBLISHED";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ActorNames names;
    @Inject
    private ProposalService proposals;
    @Inject
    private org.consulta.account.Permissions permissions;

    public ProposalPage page(Tenant tenant, Long viewerId, long callId, ProposalFilter filter, int page) {
        int safePage = Math.max(0, Math.min(page, 10_000));
        String where = LISTED + (filter.areaId() == null ? "" : " AND p.id IN (SELECT q.id FROM Proposal q JOIN q.areas a WHERE a.id = :area)")
                + (filter.status() != null ? " AND p.response.status = :status" : filter.unanswered() ? " AND p.response.status IS NULL" : "");
        String order = switch (filter.order()) {
            case SUPPORTS -> " ORDER BY p.supports DESC, p.id DESC";
            case NEWEST -> " ORDER BY p.createdAt DESC, p.id DESC";
            case COMMENTED -> " ORDER BY p.comments DESC, p.id DESC";
        };
        TypedQuery<Proposal> rows = bind(em.createQuery("SELECT p FROM Proposal p LEFT JOIN FETCH p.workshop" + where + order,
                Proposal.class), callId, filter);
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(p) FROM Proposal p" + where, Long.class), callId, filter);
        List<Proposal> found = rows.setFirstResult(safePage * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        found.forEach(p -> p.getAreas().size()); // one batch statement for the page's areas
        List<Long> ids = found.stream().map(Proposal::getId).toList();
        return new ProposalPage(found, authors(tenant, found), proposals.supportedBy(tenant, viewerId, ids), count.getSingleResult(),
                safePage, PAGE_SIZE);
    }

    /** A proposal, merged or not; hidden ones are not found here. */
    public Proposal proposal(Tenant tenant, long proposalId) {
        Proposal proposal = em.createQuery("SELECT p FROM Proposal p LEFT JOIN FETCH p.workshop WHERE p.id = :id", Proposal.class)
                .setParameter("id", proposalId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (!proposal.isPublic()) {
            throw new NotFoundException("proposal " + proposalId);
        }
        return proposal;
    }

    /**
     * A proposal as this person may read it: a public one, anyone; one held for a moderator or hidden by
     * moderation, its author and the moderators only (the others are told it is not found).
     */
    public Proposal proposalFor(Tenant tenant, Long viewerId, long proposalId) {
        Proposal proposal = em.createQuery("SELECT p FROM Proposal p LEFT JOIN FETCH p.workshop WHERE p.id = :id", Proposal.class)
                .setParameter("id", proposalId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        boolean own = viewerId != null && (viewerId.equals(proposal.getAuthorId()) || viewerId.equals(proposal.getRecordedBy()));
        if (!proposal.isPublic() && !own && !permissions.allows(tenant, viewerId, org.consulta.moderation.ModerationPermissions.MODERATE)) {
            throw new NotFoundException("proposal " + proposalId);
        }
        return proposal;
    }

    public Map<Long, String> authors(Tenant tenant, List<Proposal> proposals) {
        List<Long> ids = proposals.stream().map(Proposal::getAuthorId).filter(Objects::nonNull).distinct().toList();
        return names.displayNames(ids);
    }

    /** The commitments a proposal became part of, with the editors' notes. */
    public List<ProposalLink> links(Tenant tenant, long proposalId) {
        return em.createQuery("SELECT l FROM ProposalLink l WHERE l.proposalId = :p ORDER BY l.id", ProposalLink.class)
                .setParameter("p", proposalId).getResultList();
    }

    /** The public proposals a commitment came from ("comes from 4 proposals"). */
    public List<Proposal> linkedTo(Tenant tenant, long commitmentId) {
        return em.createQuery("SELECT p FROM Proposal p, ProposalLink l WHERE l.proposalId = p.id AND l.commitmentId = :c "
                        + "AND p.visibility = org.consulta.comment.Visibility.PUBLISHED ORDER BY p.id", Proposal.class)
                .setParameter("c", commitmentId).getResultList();
    }

    /** The proposals merged into this one. */
    public List<Proposal> mergedInto(Tenant tenant, long proposalId) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.mergedInto = :k ORDER BY p.id", Proposal.class)
                .setParameter("k", proposalId).getResultList();
    }

    /** Public proposals not merged, most supported first, at most {@code max}: what a forum ballot may rank. */
    public List<Proposal> prioritisable(Tenant tenant, int max) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.mergedInto IS NULL"
                        + " AND p.visibility = org.consulta.comment.Visibility.PUBLISHED ORDER BY p.supports DESC, p.id", Proposal.class)
                .setMaxResults(max).getResultList();
    }

    /** Of these ids, the public proposals not merged, in the order given. */
    public List<Proposal> prioritisable(Tenant tenant, List<Long> ids) {
        Map<Long, Proposal> found = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM Proposal p WHERE p.id IN :ids AND p.mergedInto IS NULL"
                        + " AND p.visibility = org.consulta.comment.Visibility.PUBLISHED", Proposal.class).setParameter("ids", ids)
                .getResultList().forEach(p -> found.put(p.getId(), p));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long callId, ProposalFilter filter) {
        query.setParameter("call", callId);
        if (filter.areaId() != null) {
            query.setParameter("area", filter.areaId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
    }
}
