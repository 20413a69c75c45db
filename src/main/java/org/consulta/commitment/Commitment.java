package org.consulta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PolicyArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.util.ArrayList;
import java.util.List;

/**
 * A commitment of an action plan, referenced inside it as "C1", "C2"… It holds the editors' working
 * draft; what the public reads is its newest published {@link CommitmentVersion}, immutable.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends TenantOwned implements org.consulta.i18n.MachineTranslated {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @Column(nullable = false, length = 12)
    private String reference;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStage stage = CommitmentStage.DRAFT;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @Convert(converter = CommitmentTextConverter.class)
    @Column(name = "draft", nullable = false)
    private CommitmentText draft;

    /** Whether the draft holds changes no published version has yet. */
    @Column(name = "draft_changed", nullable = false)
    private boolean draftChanged = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CommitmentVersion currentVersion;

    @Column(name = "version_count", nullable = false)
    private int versionCount;

    @ManyToMany
    @JoinTable(name = "commitment_policy_area", joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "policy_area_id"))
    @BatchFetch(BatchFetchType.IN)
    private List<PolicyArea> policyAreas = new ArrayList<>();

    protected Commitment() {
    }

    public Commitment(ActionPlan plan, int sortOrder, CommitmentText draft) {
        this.plan = plan;
        this.sortOrder = sortOrder;
        this.reference = "C" + sortOrder;
        this.draft = draft;
    }

    void edit(CommitmentText text, List<PolicyArea> areas) {
        if (!text.equals(draft)) {
            draft = text;
            draftChanged = true;
        }
        policyAreas = new ArrayList<>(areas);
    }

    CommitmentVersion publish(String changeNote, Long publisherId) {
        versionCount++;
        currentVersion = new CommitmentVersion(this, versionCount, draft, changeNote, publisherId);
        draftChanged = false;
        return currentVersion;
    }

    void moveTo(CommitmentStage next, String reason) {
        stage = next;
        withdrawalReason = next == CommitmentStage.WITHDRAWN ? reason : null;
    }

    public ActionPlan getPlan() { return plan; }
    public String getReference() { return reference; }
    public int getSortOrder() { return sortOrder; }
    public CommitmentStage getStage() { return stage; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public CommitmentText getDraft() { return draft; }
    public boolean isDraftChanged() { return draftChanged; }
    public CommitmentVersion getCurrentVersion() { return currentVersion; }
    public int getVersionCount() { return versionCount; }
    public boolean isPublished() { return currentVersion != null; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }

    /** Its texts are its published version's sections (see {@code CommitmentMachineTexts}); publishing calls the machine. */
    @Override
    public String machineKind() {
        return "plans";
    }

    @Override
    public java.util.Set<String> machineAttributes() {
        return java.util.Set.of("currentVersion");
    }
}
