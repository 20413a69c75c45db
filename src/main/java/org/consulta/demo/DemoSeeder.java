package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryKind;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo repository from {@code seed/demo-repository.json} on an empty database, through
 * the same services the application uses, so the demo is what a real repository looks like.
 */
@Stateless
public class DemoSeeder {

    static final String RESOURCE = "seed/demo-repository.json";

    @Inject
    private RepositoryService repositories;
    @Inject
    private PlanService plans;
    @Inject
    private DemoCommitments demoCommitments;
    @Inject
    private PolicyAreaService policyAreas;
    @Inject
    private org.consulta.plan.PlanDocumentService documents;

    /** Each step commits on its own: the repository must exist before content can be scoped to it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seedDemoRepository(Long adminId) {
        JsonObject demo = read();
        String original = demo.getString("original");
        List<String> languages = demo.getJsonArray("languages").getValuesAs(JsonString::getString);
        Repository repository = repositories.createRepository(demo.getString("slug"),
                RepositoryKind.valueOf(demo.getString("kind")), languages, demo.getString("defaultLanguage"),
                text(demo, "name", original), text(demo, "description", original));
        Tenant tenant = repository.tenant();
        List<Long> areas = new ArrayList<>();
        for (JsonObject area : demo.getJsonArray("policyAreas").getValuesAs(JsonObject.class)) {
            Map<String, String> names = new HashMap<>();
            area.forEach((lang, name) -> names.put(lang, ((JsonString) name).getString()));
            areas.add(policyAreas.addPolicyArea(tenant, adminId, original, names).getId());
        }
        for (JsonObject p : demo.getJsonArray("plans").getValuesAs(JsonObject.class)) {
            PlanForm form = new PlanForm();
            form.setSlug(p.getString("slug"));
            form.setOriginalLanguage(original);
            p.getJsonObject("title").forEach((lang, t) -> form.getTitles().put(lang, ((JsonString) t).getString()));
            p.getJsonObject("summary").forEach((lang, t) -> form.getSummaries().put(lang, ((JsonString) t).getString()));
            form.setStart(LocalDate.parse(p.getString("start")));
            form.setEnd(LocalDate.parse(p.getString("end")));
            ActionPlan plan = plans.createPlan(tenant, adminId, form);
            if (p.containsKey("document")) {
                String name = p.getJsonObject("document").getString("name");
                try (InputStream in = DemoSeeder.class.getClassLoader().getResourceAsStream("seed/" + name)) {
                    byte[] pdf = in.readAllBytes();
                    documents.attachDocument(tenant, adminId, plan.getId(), name, pdf.length, new java.io.ByteArrayInputStream(pdf));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (JsonObject c : p.getJsonArray("commitments").getValuesAs(JsonObject.class)) {
                demoCommitments.seed(tenant, adminId, plan.getId(), original, languages, c, areas);
            }
        }
    }

    /** The original language is marked as such; the others were translated by people. */
    private static LocalizedText text(JsonObject owner, String field, String original) {
        LocalizedText text = LocalizedText.empty();
        for (var e : owner.getJsonObject(field).entrySet()) {
            TranslationStatus status = e.getKey().equals(original) ? TranslationStatus.ORIGINAL : TranslationStatus.HUMAN;
            text = text.with(e.getKey(), ((JsonString) e.getValue()).getString(), status);
        }
        return text;
    }

    private static JsonObject read() {
        try (InputStream in = DemoSeeder.class.getClassLoader().getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
