package org.consulta.commitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor fills in for a commitment, in its original language: OGP's template field by field.
 * Long texts are typed with blank lines between paragraphs; each paragraph becomes a section.
 */
public class CommitmentForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LONG = 20000;
    static final int SHORT = 1000;

    @NotBlank
    @Size(max = 300)
    private String title;
    @NotBlank
    @Size(max = LONG)
    private String problem;
    @Size(max = LONG)
    private String statusQuo;
    @NotBlank
    @Size(max = LONG)
    private String description;
    @Size(max = LONG)
    private String how;
    /** Keyed by {@link OgpValue} name: whether it applies, and why. */
    private Map<String, Boolean> values = new LinkedHashMap<>();
    private Map<String, String> valueExplanations = new LinkedHashMap<>();
    @NotBlank
    @Size(max = SHORT)
    private String leadInstitution;
    @Size(max = SHORT)
    private String governmentStakeholders;
    @Size(max = SHORT)
    private String civilSocietyStakeholders;
    @Size(max = 300)
    private String contact;
    @Valid
    private List<MilestoneForm> milestones = new ArrayList<>();
    private List<String> policyAreas = new ArrayList<>();

    public CommitmentForm() {
        for (OgpValue value : OgpValue.values()) {
            values.put(value.name(), false);
            valueExplanations.put(value.name(), "");
        }
    }

    /** The form showing {@code text}, with {@code blankMilestones} empty rows to add more. */
    public static CommitmentForm of(CommitmentText text, List<String> policyAreaIds, int blankMilestones) {
        CommitmentForm form = new CommitmentForm();
        form.title = text.title();
        form.problem = text.text(TemplateField.PROBLEM);
        form.statusQuo = text.text(TemplateField.STATUS_QUO);
        form.description = text.text(TemplateField.DESCRIPTION);
        form.how = text.text(TemplateField.HOW);
        for (OgpValue value : OgpValue.values()) {
            String why = text.text(TemplateField.ofValue(value));
            form.values.put(value.name(), !why.isEmpty());
            form.valueExplanations.put(value.name(), why);
        }
        form.leadInstitution = text.text(TemplateField.LEAD_INSTITUTION);
        form.governmentStakeholders = text.text(TemplateField.GOVERNMENT_STAKEHOLDERS);
        form.civilSocietyStakeholders = text.text(TemplateField.CIVIL_SOCIETY_STAKEHOLDERS);
        form.contact = text.contact();
        for (Milestone m : text.milestones()) {
            form.milestones.add(new MilestoneForm(m.key(), text.deliverable(m.key()), m.start(), m.end()));
        }
        for (int i = 0; i < blankMilestones; i++) {
            form.milestones.add(new MilestoneForm());
        }
        form.policyAreas = new ArrayList<>(policyAreaIds);
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getStatusQuo() { return statusQuo; }
    public void setStatusQuo(String statusQuo) { this.statusQuo = statusQuo; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getHow() { return how; }
    public void setHow(String how) { this.how = how; }
    public Map<String, Boolean> getValues() { return values; }
    public Map<String, String> getValueExplanations() { return valueExplanations; }
    public String getLeadInstitution() { return leadInstitution; }
    public void setLeadInstitution(String leadInstitution) { this.leadInstitution = leadInstitution; }
    public String getGovernmentStakeholders() { return governmentStakeholders; }
    public void setGovernmentStakeholders(String v) { this.governmentStakeholders = v; }
    public String getCivilSocietyStakeholders() { return civilSocietyStakeholders; }
    public void setCivilSocietyStakeholders(String v) { this.civilSocietyStakeholders = v; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public List<MilestoneForm> getMilestones() { return milestones; }
    public List<String> getPolicyAreas() { return policyAreas; }
    public void setPolicyAreas(List<String> policyAreas) { this.policyAreas = policyAreas; }
}
