package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Input gathered offline: a facilitator records a workshop of a call, then its proposals one by one or
 * from a spreadsheet. A file is all or nothing: one line at fault and no line is kept, every fault listed.
 */
@Stateless
@TenantScoped
public class WorkshopService {

    static final int MAX_PLACE = 200;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private CallService calls;
    @Inject
    private ProposalChecks checks;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private Event<ProposalChanged> changed;
    @Inject
    private org.consulta.comment.ProposalContributions statements;

    /** A workshop held while the call was announced or open (not before its announcement, not in the future). */
    public Workshop recordWorkshop(Tenant tenant, Long actorId, long callId, WorkshopForm form) {
        permissions.require(tenant, actorId, ProposalPermissions.RECORD_WORKSHOPS);
        ProposalCall call = calls.findCall(tenant, callId);
        String place = form.getPlace() == null ? "" : form.getPlace().strip();
        if (place.isEmpty() || place.length() > MAX_PLACE) {
            throw new RefusedException("workshop.refused.place", "place");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        LocalDate today = LocalDate.now(repository.zone());
        if (form.getHeldOn() == null || form.getHeldOn().isAfter(today) || form.getHeldOn().isBefore(call.getAnnouncedOn())) {
            throw new RefusedException("workshop.refused.date", "heldOn");
        }
        if (form.getParticipants() == null || form.getParticipants() < 0 || form.getParticipants() > 100_000) {
            throw new RefusedException("workshop.refused.participants", "participants");
        }
        String organisation = form.getOrganisation() == null ? "" : form.getOrganisation().strip();
        if (organisation.length() > ProposalRules.MAX_ORGANISATION) {
            throw new RefusedException("workshop.refused.organisation", "organisation");
        }
        Workshop workshop = new Workshop(call, place, form.getHeldOn(), form.getParticipants(),
                organisation.isEmpty() ? null : organisation, actorId);
        em.persist(workshop);
        audit.record(tenant, actorId, "workshop.recorded", String.valueOf(callId), null, place + ", " + form.getHeldOn());
        return workshop;
    }

    /** One proposal written at the workshop, typed in by the facilitator. */
    public Proposal recordWorkshopProposal(Tenant tenant, Long actorId, long workshopId, ProposalDraft draft) {
        permissions.require(tenant, actorId, ProposalPermissions.RECORD_WORKSHOPS);
        Workshop workshop = workshop(workshopId);
        ProposalText text = ProposalRules.text(draft.getTitle(), draft.getProblem(), draft.getSolution(), draft.getOrganisation());
        Proposal proposal = Proposal.fromWorkshop(workshop, text, checks.language(tenant, draft.getLanguage()),
                checks.areas(tenant, draft.getAreas()), actorId);
        em.persist(proposal);
        em.flush();
        statements.stateProposal(tenant, actorId, proposal.getId(), proposal.statement(), proposal.getLanguage(), false);
        changed.fire(new ProposalChanged(tenant, proposal.getId()));
        audit.record(tenant, actorId, "workshop.proposal_recorded", String.valueOf(workshopId), null, text.title());
        return proposal;
    }

    /** Every line of the file as a proposal of the workshop, or none (see {@link WorkshopCsv}); how many were kept. */
    public int importWorkshopProposals(Tenant tenant, Long actorId, long workshopId, String csv, String language) {
        permissions.require(tenant, actorId, ProposalPermissions.RECORD_WORKSHOPS);
        Workshop workshop = workshop(workshopId);
        Repository repository = em.find(Repository.class, tenant.id());
        List<WorkshopCsv.Line> lines = WorkshopCsv.read(csv, new HashSet<>(repository.getLanguages()),
                checks.language(tenant, language), areaNames(tenant));
        Map<Long, PolicyArea> byId = new HashMap<>();
        areas.list(tenant).forEach(a -> byId.put(a.getId(), a));
        for (WorkshopCsv.Line line : lines) {
            Proposal proposal = Proposal.fromWorkshop(workshop, line.text(), line.language(),
                    line.areaIds().stream().map(byId::get).toList(), actorId);
            em.persist(proposal);
            em.flush();
            statements.stateProposal(tenant, actorId, proposal.getId(), proposal.statement(), proposal.getLanguage(), false);
            changed.fire(new ProposalChanged(tenant, proposal.getId()));
        }
        audit.record(tenant, actorId, "workshop.proposals_imported", String.valueOf(workshopId), null, lines.size() + " lines");
        return lines.size();
    }

    public Workshop findWorkshop(Tenant tenant, long workshopId) {
        return workshop(workshopId);
    }

    public List<Workshop> callWorkshops(Tenant tenant, long callId) {
        return em.createQuery("SELECT w FROM Workshop w WHERE w.call.id = :c ORDER BY w.heldOn, w.id", Workshop.class)
                .setParameter("c", callId).getResultList();
    }

    private Workshop workshop(long id) {
        return em.createQuery("SELECT w FROM Workshop w WHERE w.id = :id", Workshop.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("workshop.refused.not_found"));
    }

    /** Every policy area by each of its names, lower case: a file may name them in any of the repository's languages. */
    private Map<String, Long> areaNames(Tenant tenant) {
        Map<String, Long> names = new HashMap<>();
        for (PolicyArea area : areas.list(tenant)) {
            area.getName().asMap().values().forEach(t -> names.putIfAbsent(t.text().strip().toLowerCase(Locale.ROOT), area.getId()));
        }
        return names;
    }
}
