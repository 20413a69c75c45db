package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.ResponseService;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.CommitmentStage;
import org.consulta.commitment.MilestoneForm;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.plan.PlanStage;
import org.consulta.tracking.Completion;
import org.consulta.tracking.MilestoneReport;
import org.consulta.tracking.MilestoneStatus;
import org.consulta.tracking.ProgressUpdate;
import org.consulta.tracking.TrackingService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The previous plan (2023–2025), adopted and in implementation, through the use cases: two adopted
 * commitments whose reporter (Gabriela) posted progress with evidence — links and a PDF — so the plan's
 * dashboard and the commitments' histories show real shapes: one substantial, one limited with an
 * overdue milestone, one level set by hand with its reason.
 */
@Stateless
public class DemoTracking {

    private static final String PLAN = "2023-2025";

    @Inject
    private PlanService plans;
    @Inject
    private CommitmentService commitments;
    @Inject
    private TrackingService tracking;
    @Inject
    private AccountService accounts;
    @Inject
    private org.consulta.commitment.CommitmentReader reader;
    @Inject
    private CommentService comments;
    @Inject
    private ResponseService responses;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo, long adminId) {
        PlanForm form = new PlanForm();
        form.setSlug(PLAN);
        form.setOriginalLanguage("es");
        form.getTitles().put("es", "Segundo Plan de Acción de Gobierno Abierto 2023–2025");
        form.getTitles().put("en", "Second Open Government Action Plan 2023–2025");
        form.getTitles().put("fr", "Deuxième plan d’action pour un gouvernement ouvert 2023–2025");
        form.getSummaries().put("es", "Plan adoptado en 2023; su seguimiento se publica aquí con sus evidencias.");
        form.setStart(LocalDate.of(2023, 9, 1));
        form.setEnd(LocalDate.of(2025, 8, 31));
        ActionPlan plan = plans.createPlan(demo, adminId, form);
        Commitment budget = adopted(demo, adminId, plan, "Presupuesto abierto por programa", "Ministerio de Hacienda",
                "Publicar datos presupuestarios", "Visualizador ciudadano del presupuesto", "Informe anual de ejecución");
        Commitment water = adopted(demo, adminId, plan, "Datos abiertos de calidad del agua", "Empresa Pública de Aguas",
                "Inventario de puntos de muestreo", "Publicación mensual de análisis", "Alertas por barrio");
        plans.moveStage(demo, adminId, plan.getId(), PlanStage.IMPLEMENTATION, null);

        String gabriela = "demo-forum-gov@consulta.invalid";
        long reporter = accounts.findByEmail(gabriela).orElseThrow().getId();
        tracking.appointReporter(demo, adminId, PLAN, budget.getReference(), gabriela);
        tracking.appointReporter(demo, adminId, PLAN, water.getReference(), gabriela);
        List<String> b = keys(demo, budget);
        report(demo, reporter, budget, b.get(0), MilestoneStatus.COMPLETED, "Datos publicados en el portal de datos abiertos.",
                "https://datos.valleclaro.example/presupuesto", false);
        report(demo, reporter, budget, b.get(1), MilestoneStatus.IN_PROGRESS, "Prototipo probado con organizaciones civiles.",
                null, true);
        report(demo, reporter, budget, b.get(1), MilestoneStatus.COMPLETED, "Visualizador en línea.",
                "https://presupuesto.valleclaro.example/", false);
        tracking.overrideCompletion(demo, reporter, PLAN, budget.getReference(), Completion.COMPLETE,
                "El informe anual se sustituyó por el visualizador, acordado con el foro.", "es");
        List<String> w = keys(demo, water);
        long inventory = report(demo, reporter, water, w.get(0), MilestoneStatus.IN_PROGRESS, "Inventario al 60 %.",
                "https://agua.valleclaro.example/inventario", false).getId();
        discuss(demo, adminId, inventory);
    }

    /** Civil society asks about an update, a participant adds to it, the government answers. */
    private void discuss(Tenant demo, long adminId, long updateId) {
        long sam = accounts.findByEmail("demo-forum-cso@consulta.invalid").orElseThrow().getId();
        long paula = accounts.findByEmail("demo-participant@consulta.invalid").orElseThrow().getId();
        Comment question = comments.commentOnProgress(demo, sam, updateId, "The inventory leaves out the rural sampling "
                + "points. Will they be added before the monthly publication starts?", "en", null);
        comments.reply(demo, paula, question.getId(), "En mi barrio el punto de muestreo tampoco figura.", "es", null);
        responses.respond(demo, adminId, question.getId(), DemoConsultation.response(ResponseStatus.ACCEPTED,
                "Empresa Pública de Aguas", "Los 14 puntos rurales se añaden al inventario antes de la primera publicación mensual.",
                "The 14 rural points are added to the inventory before the first monthly publication."));
    }

    private Commitment adopted(Tenant demo, long adminId, ActionPlan plan, String title, String lead, String... milestones) {
        CommitmentForm form = new CommitmentForm();
        form.setTitle(title);
        form.setProblem("La información existe pero no se publica de forma reutilizable.");
        form.setDescription("Publicar los datos en formato abierto y explicarlos a la ciudadanía.");
        form.setLeadInstitution(lead);
        for (int i = 0; i < milestones.length; i++) {
            form.getMilestones().add(new MilestoneForm(null, milestones[i], LocalDate.of(2023, 10, 1).plusMonths(6L * i),
                    LocalDate.of(2024, 3, 31).plusMonths(6L * i)));
        }
        Commitment commitment = commitments.addDraft(demo, adminId, plan.getId(), "es", form);
        commitments.publishDraft(demo, adminId, commitment.getId(), null);
        commitments.moveStage(demo, adminId, commitment.getId(), CommitmentStage.FINAL, null);
        return commitment;
    }

    private List<String> keys(Tenant demo, Commitment commitment) {
        return reader.find(demo, PLAN, commitment.getReference()).getCurrentVersion().getContent().milestones().stream()
                .map(org.consulta.commitment.Milestone::key).toList();
    }

    private ProgressUpdate report(Tenant demo, long reporter, Commitment commitment, String milestone, MilestoneStatus status,
                        String note, String url, boolean pdf) {
        MilestoneReport report = new MilestoneReport();
        report.setMilestoneKey(milestone);
        report.setStatus(status);
        report.setNote(note);
        report.setLanguage("es");
        report.setEvidenceUrl(url);
        if (!pdf) {
            return tracking.reportMilestone(demo, reporter, PLAN, commitment.getReference(), report, null, 0, null);
        }
        try (InputStream in = DemoTracking.class.getClassLoader().getResourceAsStream("seed/plan-2025-2027-resumen.pdf")) {
            byte[] bytes = in.readAllBytes();
            return tracking.reportMilestone(demo, reporter, PLAN, commitment.getReference(), report, "acta-prueba-prototipo.pdf",
                    bytes.length, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
