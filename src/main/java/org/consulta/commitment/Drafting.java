package org.consulta.commitment;

import org.consulta.kernel.RefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns a submitted form into the draft's new text, keeping the identity of every section that is
 * still there (see {@link Sectioning}) and of every milestone row the form sent back. Refuses what
 * the template does not allow, naming the field.
 */
public final class Drafting {

    private Drafting() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static CommitmentText apply(CommitmentText before, CommitmentForm form) {
        return apply(before, form, Drafting::newKey);
    }

    static CommitmentText apply(CommitmentText before, CommitmentForm form, Supplier<String> newKey) {
        List<Section> sections = new ArrayList<>();
        single(sections, TemplateField.TITLE, form.getTitle());
        for (TemplateField field : List.of(TemplateField.PROBLEM, TemplateField.STATUS_QUO,
                TemplateField.DESCRIPTION, TemplateField.HOW)) {
            sections.addAll(Sectioning.resection(before.sections(), field.name(), text(form, field), newKey));
        }
        for (OgpValue value : OgpValue.values()) {
            String why = form.getValueExplanations().getOrDefault(value.name(), "");
            boolean applies = Boolean.TRUE.equals(form.getValues().get(value.name()));
            if (applies && (why == null || why.isBlank())) {
                throw new RefusedException("commitment.refused.value_needs_explanation", "value_" + value.name());
            }
            if (applies) {
                single(sections, TemplateField.ofValue(value), why);
            }
        }
        single(sections, TemplateField.LEAD_INSTITUTION, form.getLeadInstitution());
        single(sections, TemplateField.GOVERNMENT_STAKEHOLDERS, form.getGovernmentStakeholders());
        single(sections, TemplateField.CIVIL_SOCIETY_STAKEHOLDERS, form.getCivilSocietyStakeholders());
        List<Milestone> milestones = new ArrayList<>();
        List<String> knownKeys = before.milestones().stream().map(Milestone::key).toList();
        for (MilestoneForm row : form.getMilestones()) {
            if (row.isBlank()) {
                continue;
            }
            if (row.getDeliverable() == null || row.getDeliverable().isBlank() || row.getStart() == null || row.getEnd() == null) {
                throw new RefusedException("commitment.refused.milestone_incomplete", "milestones");
            }
            if (row.getEnd().isBefore(row.getStart())) {
                throw new RefusedException("commitment.refused.milestone_dates", "milestones");
            }
            // a key the client made up is not trusted: only the draft's own keys are kept
            String key = knownKeys.contains(row.getKey()) ? row.getKey() : newKey.get();
            milestones.add(new Milestone(key, row.getStart(), row.getEnd()));
            sections.add(new Section(key, TemplateField.MILESTONE.name(), milestones.size() - 1, clean(row.getDeliverable())));
        }
        return new CommitmentText(before.language(), sections, milestones, clean(form.getContact()));
    }

    private static String text(CommitmentForm form, TemplateField field) {
        return switch (field) {
            case PROBLEM -> form.getProblem();
            case STATUS_QUO -> form.getStatusQuo();
            case DESCRIPTION -> form.getDescription();
            default -> form.getHow();
        };
    }

    private static void single(List<Section> sections, TemplateField field, String text) {
        String cleaned = clean(text);
        if (!cleaned.isEmpty()) {
            sections.add(new Section(field.singleKey(), field.name(), 0, cleaned));
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }
}
