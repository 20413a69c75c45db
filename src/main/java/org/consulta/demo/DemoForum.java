package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.account.Constituency;
import org.consulta.account.MembershipService;
import org.consulta.account.OneTimePassword;
import org.consulta.account.RepositoryRole;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotAdmin;
import org.consulta.forum.BallotForm;
import org.consulta.forum.BallotMethod;
import org.consulta.forum.BallotService;
import org.consulta.forum.Electorate;
import org.consulta.forum.ForumService;
import org.consulta.forum.MeetingForm;
import org.consulta.kernel.Tenant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo forum, through the use cases: remit and rules in three languages, two members on each
 * side, two meetings with minutes, a ranked ballot voted and closed (its results public) and an open
 * approval ballot.
 */
@Stateless
public class DemoForum {

    @Inject
    private ForumService forums;
    @Inject
    private BallotAdmin ballotAdmin;
    @Inject
    private BallotService ballots;
    @Inject
    private AccountService accounts;
    @Inject
    private MembershipService memberships;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo, long platformAdminId) {
        long ana = id("demo-admin@consulta.invalid");
        long gabriela = id("demo-forum-gov@consulta.invalid");
        long sam = id("demo-forum-cso@consulta.invalid");
        // members nobody signs in as: random passwords, never shown
        long carlos = member(demo, platformAdminId, "demo-forum-gov2@consulta.invalid", "Carlos Ministerio",
                Constituency.GOVERNMENT, "Ministerio de Hacienda");
        long lena = member(demo, platformAdminId, "demo-forum-cso2@consulta.invalid", "Lena Datos Abiertos",
                Constituency.CIVIL_SOCIETY, "Fundación Datos Abiertos");
        forums.describeForum(demo, ana, "es", new HashMap<>(Map.of(
                        "es", "Co-crear y dar seguimiento al plan de acción de gobierno abierto de Valle Claro.",
                        "fr", "Co-construire et suivre le plan d’action pour un gouvernement ouvert de Valle Claro.",
                        "en", "Co-create and monitor Valle Claro’s open government action plan.")),
                new HashMap<>(Map.of(
                        "es", "Paridad entre gobierno y sociedad civil; reuniones públicas al menos cada seis meses; actas publicadas.",
                        "en", "Parity between government and civil society; public meetings at least every six months; minutes published.")));
        meeting(demo, ana, 150, "Calendario de co-creación y método de priorización.",
                "Se acordó priorizar los compromisos por voto ordenado del foro.");
        long last = meeting(demo, ana, 20, "Resultados de la priorización; respuesta a los aportes de la consulta.",
                "El foro adoptó el orden de prioridades: contratación abierta primero.").getId();
        try (java.io.InputStream in = DemoForum.class.getClassLoader().getResourceAsStream("seed/plan-2025-2027-resumen.pdf")) {
            byte[] signed = in.readAllBytes();
            forums.publishMinutes(demo, ana, last, "es", null, "acta-firmada-foro.pdf", signed.length,
                    new java.io.ByteArrayInputStream(signed));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Ballot ranked = ballotAdmin.createBallot(demo, ana, form(BallotMethod.RANKED,
                "¿Qué compromisos deben ir primero en el plan 2025–2027?",
                "Contratación abierta\nAcceso a la información\nRegistro de beneficiarios finales",
                "Open contracting\nAccess to information\nBeneficial ownership register"));
        ballots.castBallot(demo, gabriela, ranked.getId(), new int[] {1, 2, 3}, null);
        ballots.castBallot(demo, carlos, ranked.getId(), new int[] {1, 3, 2}, null);
        ballots.castBallot(demo, sam, ranked.getId(), new int[] {1, 2, 0}, null);
        ballots.castBallot(demo, lena, ranked.getId(), new int[] {1, 3, 2}, null);
        ballotAdmin.closeBallotNow(demo, ana, ranked.getId());

        Ballot approval = ballotAdmin.createBallot(demo, ana, form(BallotMethod.APPROVAL,
                "¿Qué temas debe tratar la próxima reunión del foro?",
                "Presupuesto del plan\nIndicadores de seguimiento\nParticipación en municipios",
                "Budget of the plan\nMonitoring indicators\nParticipation in municipalities"));
        ballots.castBallot(demo, sam, approval.getId(), new int[] {1, 1, 0}, null);
        ballots.castBallot(demo, carlos, approval.getId(), new int[] {0, 1, 0}, null);
    }

    private org.consulta.forum.ForumMeeting meeting(Tenant demo, long adminId, int daysAgo, String agenda, String minutes) {
        MeetingForm form = new MeetingForm();
        form.setHeldOn(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo));
        form.setLanguage("es");
        form.setAgenda(agenda);
        form.setMinutes(minutes);
        return forums.recordMeeting(demo, adminId, form);
    }

    private static BallotForm form(BallotMethod method, String question, String spanishOptions, String englishOptions) {
        BallotForm form = new BallotForm();
        form.setOriginalLanguage("es");
        form.getQuestions().put("es", question);
        form.getOptions().put("es", spanishOptions);
        form.getOptions().put("en", englishOptions);
        form.setMethod(method);
        form.setElectorate(Electorate.FORUM);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        form.setOpens(now.minusDays(10));
        form.setCloses(now.plusDays(10));
        return form;
    }

    private long member(Tenant demo, long platformAdminId, String email, String name, Constituency side, String organisation) {
        long id = accounts.createPreconfirmedAccount(email, name, OneTimePassword.generate(24), "es").getId();
        memberships.appoint(demo, platformAdminId, id, RepositoryRole.FORUM_MEMBER, side, organisation);
        return id;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
