package org.consulta.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.consulta.commitment.CommitmentService;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.tenant.Repository;
import org.consulta.tenant.RepositoryKind;
import org.consulta.tenant.RepositoryService;
import org.consulta.tenant.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

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
    private CommitmentService commitments;

    /** Each step commits on its own: the repository must exist before content can be scoped to it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seedDemoRepository() {
        JsonObject demo = read();
        String original = demo.getString("original");
        Repository repository = repositories.createRepository(demo.getString("slug"),
                RepositoryKind.valueOf(demo.getString("kind")),
                demo.getJsonArray("languages").getValuesAs(JsonString::getString),
                demo.getString("defaultLanguage"),
                text(demo, "name", original), text(demo, "description", original));
        Tenant tenant = repository.tenant();
        for (JsonObject p : demo.getJsonArray("plans").getValuesAs(JsonObject.class)) {
            ActionPlan plan = plans.createPlan(tenant, p.getString("slug"), text(p, "title", original),
                    text(p, "summary", original), LocalDate.parse(p.getString("start")), LocalDate.parse(p.getString("end")));
            List<JsonObject> items = p.getJsonArray("commitments").getValuesAs(JsonObject.class);
            for (JsonObject c : items) {
                commitments.addDraft(tenant, plan.getId(), text(c, "title", original), text(c, "problem", original),
                        text(c, "objective", original), text(c, "lead", original));
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
