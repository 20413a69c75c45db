package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.proposal.CallService;
import org.consulta.proposal.ProposalService;

import java.time.LocalDate;
import java.util.List;

/** The next plan, 2027–2029, still a draft in co-creation, with its call for proposals open and three proposals. */
@Stateless
public class DemoOpenCall {

    @Inject
    private CallService calls;
    @Inject
    private ProposalService proposals;
    @Inject
    private PlanService plans;
    @Inject
    private AccountService accounts;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo, long adminId) {
        PlanForm next = new PlanForm();
        next.setSlug("2027-2029");
        next.setOriginalLanguage("es");
        next.getTitles().put("es", "Tercer Plan de Acción de Gobierno Abierto 2027–2029");
        next.getTitles().put("fr", "Troisième plan d’action pour un gouvernement ouvert 2027–2029");
        next.getTitles().put("en", "Third Open Government Action Plan 2027–2029");
        next.getSummaries().put("es", "En co-creación: proponga problemas e ideas antes de que exista un borrador.");
        next.getSummaries().put("fr", "En co-création : proposez problèmes et idées avant qu’un projet n’existe.");
        next.getSummaries().put("en", "In co-creation: propose problems and ideas before any draft exists.");
        next.setStart(LocalDate.of(2027, 9, 1));
        next.setEnd(LocalDate.of(2029, 8, 31));
        ActionPlan plan = plans.createPlan(demo, adminId, next);
        long call = calls.openCall(demo, adminId, plan.getId(), DemoProposals.form("Convocatoria abierta para el plan 2027–2029",
                "Appel ouvert pour le plan 2027–2029", "Open call for the 2027–2029 plan",
                "Sus propuestas alimentarán el borrador del tercer plan.", 20, 5, 40)).getId();
        long paula = id("demo-participant@consulta.invalid");
        long sam = id("demo-forum-cso@consulta.invalid");
        long martin = id("demo-moderator@consulta.invalid");
        long budget = proposals.propose(demo, paula, call, DemoProposals.draft("Presupuesto participativo en cada barrio",
                "Los vecinos no deciden nada del presupuesto de su barrio.",
                "Reservar el 5 % del presupuesto de obras a proyectos votados por barrio.", "es", null, List.of())).getId();
        long lobbying = proposals.propose(demo, sam, call, DemoProposals.draft("Publish every lobbying meeting with ministers",
                "Meetings between lobbyists and ministers are not recorded anywhere.",
                "An open register of meetings, with their agendas, updated weekly.", "en", "Transparency Watch Valle Claro", List.of())).getId();
        proposals.propose(demo, martin, call, DemoProposals.draft("Un registre des lobbies tenu par une autorité indépendante",
                "Le registre actuel est déclaratif et personne ne le vérifie.",
                "Confier le registre à une autorité indépendante qui contrôle et sanctionne.", "fr", null, List.of()));
        proposals.supportProposal(demo, sam, budget);
        proposals.supportProposal(demo, martin, budget);
        proposals.supportProposal(demo, paula, lobbying);
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
