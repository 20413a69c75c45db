package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.MilestoneForm;
import org.consulta.commitment.Section;
import org.consulta.commitment.Sectioning;
import org.consulta.commitment.TemplateField;
import org.consulta.commitment.TranslationService;
import org.consulta.kernel.Tenant;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo plan's commitments, written through the editors' own use cases: drafted in the original
 * language, published, translated section by section; the first one revised into a version 2 whose
 * new passages are deliberately not all translated, so readers see the labels.
 */
@Stateless
public class DemoCommitments {

    @Inject
    private CommitmentService commitments;
    @Inject
    private TranslationService translations;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant tenant, Long adminId, long planId, String original, List<String> languages,
                     JsonObject c, List<Long> areaIds) {
        CommitmentForm form = form(c, original, areaIds);
        Commitment commitment = commitments.addDraft(tenant, adminId, planId, original, form);
        commitments.publishDraft(tenant, adminId, commitment.getId(), null);
        translateAll(tenant, adminId, c, commitment, original, languages);
        if (c.containsKey("revision")) {
            JsonObject revision = c.getJsonObject("revision");
            form.setDescription(revision.getJsonObject("description").getString(original));
            JsonObject m = revision.getJsonObject("milestone");
            form.getMilestones().add(new MilestoneForm(null, m.getJsonObject("deliverable").getString(original),
                    LocalDate.parse(m.getString("start")), LocalDate.parse(m.getString("end"))));
            Commitment reloaded = commitments.loadDraft(tenant, adminId, commitment.getPlan().getSlug(), commitment.getReference());
            keepMilestoneKeys(form, reloaded);
            commitments.saveDraft(tenant, adminId, commitment.getId(), form);
            commitments.publishDraft(tenant, adminId, commitment.getId(), revision.getString("note"));
            translateField(tenant, adminId, commitment, TemplateField.DESCRIPTION, revision.getJsonObject("description"), original, languages);
        }
    }

    private static void keepMilestoneKeys(CommitmentForm form, Commitment reloaded) {
        var milestones = reloaded.getDraft().milestones();
        for (int i = 0; i < milestones.size() && i < form.getMilestones().size(); i++) {
            form.getMilestones().get(i).setKey(milestones.get(i).key());
        }
    }

    private void translateAll(Tenant tenant, Long adminId, JsonObject c, Commitment commitment, String original, List<String> languages) {
        Commitment draft = commitments.loadDraft(tenant, adminId, commitment.getPlan().getSlug(), commitment.getReference());
        for (String language : languages) {
            if (language.equals(original)) {
                continue;
            }
            Map<String, String> typed = new HashMap<>();
            put(typed, draft, TemplateField.TITLE, c.getJsonObject("title"), language);
            for (String f : List.of("problem:PROBLEM", "statusQuo:STATUS_QUO", "description:DESCRIPTION", "lead:LEAD_INSTITUTION",
                    "government:GOVERNMENT_STAKEHOLDERS", "civilSociety:CIVIL_SOCIETY_STAKEHOLDERS")) {
                String[] pair = f.split(":");
                if (c.containsKey(pair[0])) {
                    put(typed, draft, TemplateField.valueOf(pair[1]), c.getJsonObject(pair[0]), language);
                }
            }
            c.getJsonObject("values").forEach((value, text) ->
                    put(typed, draft, TemplateField.valueOf("VALUE_" + value), text.asJsonObject(), language));
            var milestones = draft.getDraft().milestones();
            List<JsonObject> seeded = c.containsKey("milestones") ? c.getJsonArray("milestones").getValuesAs(JsonObject.class) : List.of();
            for (int i = 0; i < seeded.size(); i++) {
                JsonObject deliverable = seeded.get(i).getJsonObject("deliverable");
                if (deliverable.containsKey(language)) {
                    typed.put(milestones.get(i).key(), deliverable.getString(language));
                }
            }
            translations.saveTranslations(tenant, adminId, commitment.getId(), language, typed);
        }
    }

    private void translateField(Tenant tenant, Long adminId, Commitment commitment, TemplateField field, JsonObject text,
                                String original, List<String> languages) {
        Commitment draft = commitments.loadDraft(tenant, adminId, commitment.getPlan().getSlug(), commitment.getReference());
        for (String language : languages) {
            if (!language.equals(original) && text.containsKey(language)) {
                Map<String, String> typed = new HashMap<>();
                put(typed, draft, field, text, language);
                translations.saveTranslations(tenant, adminId, commitment.getId(), language, typed);
            }
        }
    }

    /** Paragraph i of the translation goes to section i of the field. */
    private static void put(Map<String, String> typed, Commitment draft, TemplateField field, JsonObject text, String language) {
        if (!text.containsKey(language)) {
            return;
        }
        List<Section> sections = draft.getDraft().sections(field);
        List<String> paragraphs = field.isParagraphs() ? Sectioning.paragraphs(text.getString(language)) : List.of(text.getString(language));
        for (int i = 0; i < sections.size() && i < paragraphs.size(); i++) {
            typed.put(sections.get(i).key(), paragraphs.get(i));
        }
    }

    private static CommitmentForm form(JsonObject c, String original, List<Long> areaIds) {
        CommitmentForm form = new CommitmentForm();
        form.setTitle(in(c, "title", original));
        form.setProblem(in(c, "problem", original));
        form.setStatusQuo(in(c, "statusQuo", original));
        form.setDescription(in(c, "description", original));
        form.setLeadInstitution(in(c, "lead", original));
        form.setGovernmentStakeholders(in(c, "government", original));
        form.setCivilSocietyStakeholders(in(c, "civilSociety", original));
        form.setContact(c.getString("contact", ""));
        c.getJsonObject("values").forEach((value, text) -> {
            form.getValues().put(value, true);
            form.getValueExplanations().put(value, text.asJsonObject().getString(original));
        });
        if (c.containsKey("milestones")) {
            for (JsonObject m : c.getJsonArray("milestones").getValuesAs(JsonObject.class)) {
                form.getMilestones().add(new MilestoneForm(null, m.getJsonObject("deliverable").getString(original),
                        LocalDate.parse(m.getString("start")), LocalDate.parse(m.getString("end"))));
            }
        }
        for (JsonValue index : c.getJsonArray("areas")) {
            form.getPolicyAreas().add(String.valueOf(areaIds.get(((jakarta.json.JsonNumber) index).intValue())));
        }
        return form;
    }

    private static String in(JsonObject c, String field, String language) {
        return c.containsKey(field) ? ((JsonString) c.getJsonObject(field).get(language)).getString() : "";
    }
}
