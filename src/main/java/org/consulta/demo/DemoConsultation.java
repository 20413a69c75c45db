package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.NewComment;
import org.consulta.comment.ResponseForm;
import org.consulta.comment.ResponseService;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.TemplateField;
import org.consulta.consultation.ConsultationForm;
import org.consulta.consultation.ConsultationService;
import org.consulta.kernel.Tenant;
import org.consulta.plan.PlanService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An open consultation on the demo plan with what a newcomer should see in it: comments on sections
 * in the three languages, a reply, a vote and a reasoned response, all through the use cases.
 */
@Stateless
public class DemoConsultation {

    @Inject
    private ConsultationService consultations;
    @Inject
    private CommentService comments;
    @Inject
    private ResponseService responses;
    @Inject
    private PlanService plans;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private AccountService accounts;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo, long adminId) {
        closedRound(demo, adminId);
        ConsultationForm form = form(new String[] {"Consulta pública sobre el borrador del plan 2025–2027",
                        "Consultation publique sur le projet de plan 2025–2027", "Public consultation on the draft 2025–2027 plan"},
                "Comente los compromisos, párrafo por párrafo: el gobierno responderá a cada contribución.", 20, 2, 28);
        consultations.openConsultation(demo, adminId, plans.findPlan(demo, "2025-2027").getId(), form);

        long paula = id("demo-participant@consulta.invalid");
        long sam = id("demo-forum-cso@consulta.invalid");
        long martin = id("demo-moderator@consulta.invalid");
        long gabriela = id("demo-forum-gov@consulta.invalid");
        String firstProblem = commitments.find(demo, "2025-2027", "C1").getCurrentVersion().getContent()
                .sections(TemplateField.PROBLEM).get(0).key();
        Comment onSection = comments.postComment(demo, paula, "2025-2027", "C1", new NewComment(firstProblem,
                "solo se publica la adjudicación", "También hay que publicar los pagos, no solo la adjudicación.",
                Alignment.IN_FAVOUR, "es"));
        Comment whole = comments.postComment(demo, sam, "2025-2027", "C1", new NewComment(null, null,
                "Please commit to a date for the OCDS publication: https://standard.open-contracting.org",
                Alignment.NEUTRAL, "en"));
        comments.reply(demo, gabriela, whole.getId(), "La fecha depende del nuevo sistema de compras; la anunciaremos en el foro.", "es", null);
        comments.postComment(demo, martin, "2025-2027", "C2", new NewComment(null, null,
                "Le registre doit être gratuit et réutilisable, sans inscription.", Alignment.AGAINST, "fr"));
        comments.castVote(demo, sam, onSection.getId(), 1);

        ResponseForm answer = new ResponseForm();
        answer.setStatus(ResponseStatus.PARTLY_ACCEPTED);
        answer.setInstitution("Dirección Nacional de Contrataciones Públicas");
        answer.setOriginalLanguage("es");
        answer.getReasoning().put("es", "Publicaremos los pagos de los contratos nuevos desde 2026; los contratos anteriores no están en el sistema.");
        answer.getReasoning().put("fr", "Nous publierons les paiements des nouveaux contrats à partir de 2026 ; les contrats antérieurs ne sont pas dans le système.");
        responses.respond(demo, id("demo-admin@consulta.invalid"), onSection.getId(), answer);
    }

    /**
     * An earlier round on C3, closed, so that a newcomer also sees a report: it ran for weeks, then
     * the administrators ended it when its contributions went into the draft (contributions are only
     * accepted while a consultation is open, so it is opened first, then ended).
     */
    private void closedRound(Tenant demo, long adminId) {
        ConsultationForm form = form(new String[] {"Primera ronda: acceso a la información",
                        "Premier tour : accès à l’information", "First round: access to information"},
                "Ronda de co-creación sobre el compromiso C3 con la sociedad civil.", 70, 50, 1);
        form.getCommitments().add(String.valueOf(commitments.find(demo, "2025-2027", "C3").getId()));
        long round = consultations.openConsultation(demo, adminId, plans.findPlan(demo, "2025-2027").getId(), form).getId();
        Comment deadlines = comments.postComment(demo, id("demo-forum-cso@consulta.invalid"), "2025-2027", "C3",
                new NewComment(null, null, "Response deadlines should be 10 working days, as in the model law.",
                        Alignment.IN_FAVOUR, "en"));
        Comment appeals = comments.postComment(demo, id("demo-participant@consulta.invalid"), "2025-2027", "C3",
                new NewComment(null, null, "Sin un órgano de apelación independiente, el compromiso no cambia nada.",
                        Alignment.AGAINST, "es"));
        long admin = id("demo-admin@consulta.invalid");
        responses.respond(demo, admin, deadlines.getId(), response(ResponseStatus.ACCEPTED,
                "El plazo de 10 días hábiles se incorporó al hito 2.", "The 10-working-day deadline was added to milestone 2."));
        responses.respond(demo, admin, appeals.getId(), response(ResponseStatus.UNDER_CONSIDERATION,
                "El órgano de apelación requiere una ley; se discutirá en el foro.", null));
        consultations.endEarly(demo, adminId, round,
                "Ronda terminada: sus aportes se incorporaron al borrador antes de la consulta pública.", "es");
    }

    /** Titles in es, fr, en; days before today it was announced and opened, days after today it closes. */
    private static ConsultationForm form(String[] titles, String description, int announced, int opened, int closes) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ConsultationForm form = new ConsultationForm();
        form.setOriginalLanguage("es");
        form.getTitles().put("es", titles[0]);
        form.getTitles().put("fr", titles[1]);
        form.getTitles().put("en", titles[2]);
        form.getDescriptions().put("es", description);
        form.setAnnouncedOn(LocalDate.now(ZoneOffset.UTC).minusDays(announced));
        form.setOpens(now.minusDays(opened));
        form.setCloses(now.plusDays(closes));
        return form;
    }

    private static ResponseForm response(ResponseStatus status, String spanish, String english) {
        return response(status, "Secretaría de Transparencia", spanish, english);
    }

    /** A response written in Spanish by {@code institution}, translated into English when given. */
    static ResponseForm response(ResponseStatus status, String institution, String spanish, String english) {
        ResponseForm answer = new ResponseForm();
        answer.setStatus(status);
        answer.setInstitution(institution);
        answer.setOriginalLanguage("es");
        answer.getReasoning().put("es", spanish);
        if (english != null) {
            answer.getReasoning().put("en", english);
        }
        return answer;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
