package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.CommitmentStage;
import org.consulta.commitment.OgpValue;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/**
 * {@code /views/commitments/edit.xhtml}: the draft of a commitment in OGP's template ({@code …/C3/edit}),
 * or a new one ({@code …/plans/x/new}), written in the page's language; publishing and the stage.
 */
@Named
@RequestScoped
public class EditCommitmentBacking {

    /** Empty milestone rows offered below the existing ones: more can be added after a save. */
    private static final int BLANK_ROWS = 3;

    @Inject
    private CommitmentService commitments;
    @Inject
    private PlanService plans;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Commitment commitment;
    private CommitmentForm form;
    private List<PolicyArea> policyAreas;
    private String changeNote;
    private CommitmentStage nextStage;
    private String reason;

    @PostConstruct
    void load() {
        if (page.param("ref") != null) {
            commitment = commitments.loadDraft(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
            form = CommitmentForm.of(commitment.getDraft(),
                    commitment.getPolicyAreas().stream().map(a -> String.valueOf(a.getId())).toList(), BLANK_ROWS);
        } else {
            plans.findPlanToEdit(page.tenant(), user.id(), page.param("plan"));
            form = CommitmentForm.of(org.consulta.commitment.CommitmentText.empty(page.getLanguage()), List.of(), BLANK_ROWS);
        }
        MilestoneRows.match(form.getMilestones());
        policyAreas = areas.list(page.tenant());
    }

    /** Another milestone row, kept with what was typed, nothing saved yet. */
    public void addMilestone() {
        MilestoneRows.add(form.getMilestones());
    }

    public void removeMilestone(int index) {
        MilestoneRows.remove(form.getMilestones(), index);
    }

    public void moveMilestone(int index, int by) {
        MilestoneRows.move(form.getMilestones(), index, by);
    }

    public void save() {
        if (commitment == null) {
            long planId = plans.findPlan(page.tenant(), page.param("plan")).getId();
            Commitment created = commitments.addDraft(page.tenant(), user.id(), planId, page.getLanguage(), form);
            Faces.done("commitments_edit.created", urls.repositoryPath("/plans/" + page.param("plan") + "/" + created.getReference() + "/edit"));
            return;
        }
        commitments.saveDraft(page.tenant(), user.id(), commitment.getId(), form);
        Faces.done("commitments_edit.saved", urls.repositoryPath("/plans/" + page.param("plan") + "/" + commitment.getReference() + "/edit"));
    }

    public void publish() {
        commitments.publishDraft(page.tenant(), user.id(), commitment.getId(), changeNote);
        Faces.done("commitments_edit.published", urls.repositoryPath("/plans/" + page.param("plan") + "/" + commitment.getReference()));
    }

    public void moveStage() {
        if (nextStage == org.consulta.commitment.CommitmentStage.WITHDRAWN) {
            org.consulta.web.frame.Confirmation.require(withdrawConfirmed, "commitments_edit.withdraw_unconfirmed", "withdrawConfirmed");
        }
        commitments.moveStage(page.tenant(), user.id(), commitment.getId(), nextStage, reason);
        Faces.done("commitments_edit.stage_moved", urls.repositoryPath("/plans/" + page.param("plan") + "/" + commitment.getReference() + "/edit"));
    }

    public Commitment getCommitment() { return commitment; }
    public CommitmentForm getForm() { return form; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
    public OgpValue[] getOgpValues() { return OgpValue.values(); }
    public CommitmentStage[] getStages() { return CommitmentStage.values(); }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
    public CommitmentStage getNextStage() { return nextStage; }
    public void setNextStage(CommitmentStage nextStage) { this.nextStage = nextStage; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** Withdrawing cannot be undone: the box that says so must be ticked for that stage. */
    private boolean withdrawConfirmed;

    public boolean isWithdrawConfirmed() { return withdrawConfirmed; }
    public void setWithdrawConfirmed(boolean withdrawConfirmed) { this.withdrawConfirmed = withdrawConfirmed; }
}
