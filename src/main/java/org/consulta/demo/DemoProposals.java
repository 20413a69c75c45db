package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.CommitmentReader;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.CallForm;
import org.consulta.proposal.CallService;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalDraft;
import org.consulta.proposal.ProposalResponses;
import org.consulta.proposal.ProposalService;
import org.consulta.proposal.ProposalTracing;
import org.consulta.proposal.Workshop;
import org.consulta.proposal.WorkshopForm;
import org.consulta.proposal.WorkshopService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Co-creation as a newcomer should find it: the call that fed the 2025–2027 plan, closed, with proposals
 * typed online in three languages and brought from a workshop in Puerto Sur, supported, one merged, linked
 * to C1–C3 and all answered; then ({@link DemoOpenCall}) an open call on the next plan, still a draft.
 */
@Stateless
public class DemoProposals {

    @Inject
    private CallService calls;
    @Inject
    private ProposalService proposals;
    @Inject
    private WorkshopService workshops;
    @Inject
    private ProposalTracing tracing;
    @Inject
    private ProposalResponses responses;
    @Inject
    private PlanService plans;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private AccountService accounts;
    @Inject
    private org.consulta.proposal.CallReport report;
    @Inject
    private DemoOpenCall openCall;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo, long adminId) {
        closedCall(demo, adminId);
        openCall.seed(demo, adminId);
    }

    private void closedCall(Tenant demo, long adminId) {
        long admin = id("demo-admin@consulta.invalid");
        long paula = id("demo-participant@consulta.invalid");
        long sam = id("demo-forum-cso@consulta.invalid");
        long martin = id("demo-moderator@consulta.invalid");
        long gabriela = id("demo-forum-gov@consulta.invalid");
        ActionPlan plan = plans.findPlan(demo, "2025-2027");
        long call = calls.openCall(demo, adminId, plan.getId(), form("Convocatoria de propuestas para el plan 2025–2027",
                "Appel à propositions pour le plan 2025–2027", "Call for proposals for the 2025–2027 plan",
                "Proponga problemas públicos e ideas: el foro multiactor priorizará y el gobierno responderá a cada propuesta.",
                130, 120, 1)).getId();
        long contracts = proposals.propose(demo, paula, call, draft("Publicar los contratos con todas sus modificaciones",
                "Las modificaciones de los contratos no se publican y cambian el precio final sin control ciudadano.",
                "Publicar cada contrato y sus adendas en formato abierto (OCDS) el mismo día de su firma.", "es", null, area(demo, 0))).getId();
        long owners = proposals.propose(demo, sam, call, draft("Know who really owns the companies bidding for contracts",
                "Shell companies win public contracts and no one can tell who is behind them.",
                "A free public register of beneficial owners, checked against procurement data.", "en",
                "Transparency Watch Valle Claro", area(demo, 1))).getId();
        long deadlines = proposals.propose(demo, martin, call, draft("Des réponses aux demandes d’information en dix jours",
                "Les demandes d’accès à l’information restent sans réponse pendant des mois.",
                "Un délai légal de dix jours ouvrables et un suivi public de chaque demande.", "fr", null, area(demo, 2))).getId();
        long map = proposals.propose(demo, paula, call, draft("Contratos de obras públicas visibles en un mapa",
                "Nadie sabe qué obra se contrató en su barrio ni por cuánto.",
                "Un mapa con cada contrato de obra, su monto y sus modificaciones.", "es", null, area(demo, 0))).getId();
        long jury = proposals.propose(demo, sam, call, draft("A citizens’ jury to choose the plan’s commitments",
                "The plan’s commitments are chosen by the administration alone.",
                "A jury of residents drawn by lot votes on the final list of commitments.", "en", null, List.of())).getId();
        proposals.supportProposal(demo, sam, contracts);
        proposals.supportProposal(demo, martin, contracts);
        proposals.supportProposal(demo, gabriela, contracts);
        proposals.supportProposal(demo, paula, owners);
        proposals.supportProposal(demo, martin, owners);
        proposals.supportProposal(demo, paula, deadlines);
        proposals.supportProposal(demo, sam, map);

        Workshop workshop = workshops.recordWorkshop(demo, admin, call, workshop("Puerto Sur", 110, 34, "Municipalidad de Puerto Sur"));
        workshops.importWorkshopProposals(demo, admin, workshop.getId(), "title,problem,solution,policy_areas,organisation\n"
                + "Licitaciones del puerto en línea,Las licitaciones del puerto solo se anuncian en un tablón.,"
                + "Publicarlas en el portal nacional con sus pliegos.,Contratación abierta,Cooperativa de pescadores\n"
                + "Publicar los análisis del agua potable,Los vecinos no conocen la calidad del agua.,"
                + "Publicar cada mes los análisis por barrio.,Acceso a la información,\n"
                + "\"Atención al público por la tarde\",\"Las oficinas cierran a las 14 h, cuando la gente trabaja.\","
                + "Abrir dos tardes por semana.,,\n", "es");
        calls.endCallEarly(demo, adminId, call, "Convocatoria cerrada: sus propuestas entraron en el borrador del plan.");
        tracing.mergeProposals(demo, admin, map, contracts);
        long c1 = commitments.find(demo, "2025-2027", "C1").getId();
        long c2 = commitments.find(demo, "2025-2027", "C2").getId();
        long c3 = commitments.find(demo, "2025-2027", "C3").getId();
        tracing.linkToCommitment(demo, admin, contracts, c1, "Retomada en el hito 1: publicación OCDS de contratos y adendas.");
        tracing.linkToCommitment(demo, admin, owners, c2, "The register is commitment C2.");
        tracing.linkToCommitment(demo, admin, deadlines, c3, "Le délai de dix jours est l’objet de C3.");
        answer(demo, admin, contracts, ResponseStatus.ACCEPTED, "es", "Se incorporó al compromiso C1, con la propuesta del mapa fusionada.");
        answer(demo, admin, owners, ResponseStatus.ACCEPTED, "en", "Taken up as commitment C2.");
        answer(demo, admin, deadlines, ResponseStatus.PARTLY_ACCEPTED, "fr", "Le délai entre dans C3 ; le suivi public de chaque demande attend la nouvelle plateforme.");
        answer(demo, admin, jury, ResponseStatus.NOT_ACCEPTED, "en", "The multi-stakeholder forum prioritises the commitments; a jury is outside this plan’s remit.");
        List<Long> workshopIds = workshopProposals(demo, call, List.of(contracts, owners, deadlines, map, jury));
        tracing.linkToCommitment(demo, admin, workshopIds.get(0), c1, "Las licitaciones del puerto entran en el alcance de C1.");
        answer(demo, admin, workshopIds.get(0), ResponseStatus.ACCEPTED, "es", "Incluida en C1: todas las licitaciones públicas, también las del puerto.");
        answer(demo, admin, workshopIds.get(1), ResponseStatus.UNDER_CONSIDERATION, "es", "La empresa de aguas estudia publicarlos en el próximo plan.");
        answer(demo, admin, workshopIds.get(2), ResponseStatus.NOT_ACCEPTED, "es", "Los horarios de atención no son materia del plan de gobierno abierto.");
    }

    /** The call's proposals brought from the workshop, in the file's order: all but those typed online. */
    private List<Long> workshopProposals(Tenant demo, long call, List<Long> online) {
        return report.rows(demo, call).stream().map(Proposal::getId).filter(id -> !online.contains(id)).sorted().toList();
    }

    private void answer(Tenant demo, long admin, long proposal, ResponseStatus status, String language, String reasoning) {
        Map<String, String> text = new HashMap<>();
        text.put(language, reasoning);
        responses.answerProposal(demo, admin, proposal, status, language, text);
    }

    private List<String> area(Tenant demo, int index) {
        List<PolicyArea> all = areas.list(demo);
        return List.of(all.get(index).getId().toString());
    }

    static ProposalDraft draft(String title, String problem, String solution, String language, String organisation,
                                       List<String> areas) {
        ProposalDraft draft = new ProposalDraft(title, problem, solution, language);
        draft.setOrganisation(organisation);
        draft.setAreas(new java.util.ArrayList<>(areas));
        return draft;
    }

    private static WorkshopForm workshop(String place, int daysAgo, int participants, String organisation) {
        WorkshopForm form = new WorkshopForm();
        form.setPlace(place);
        form.setHeldOn(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo));
        form.setParticipants(participants);
        form.setOrganisation(organisation);
        return form;
    }

    /** Titles in es, fr, en; days before today it was announced and opened, days after today it closes. */
    static CallForm form(String es, String fr, String en, String description, int announced, int opened, int closes) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        CallForm form = new CallForm();
        form.setOriginalLanguage("es");
        form.getTitles().put("es", es);
        form.getTitles().put("fr", fr);
        form.getTitles().put("en", en);
        form.getDescriptions().put("es", description);
        form.setAnnouncedOn(now.toLocalDate().minusDays(announced));
        form.setOpens(now.minusDays(opened));
        form.setCloses(now.plusDays(closes));
        form.setShortNoticeConfirmed(true);
        return form;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
