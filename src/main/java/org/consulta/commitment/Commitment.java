package org.consulta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.plan.ActionPlan;
import org.consulta.tenant.TenantOwned;

/**
 * A commitment of an action plan, with the core of OGP's template: the public problem, what the
 * commitment does, and the institution that leads it. Referenced inside its plan as "C1", "C2"…
 */
@Entity
@Table(name = "commitment")
public class Commitment extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @Column(nullable = false, length = 12)
    private String reference;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private LocalizedText title;

    @Column(nullable = false)
    private LocalizedText problem;

    @Column(nullable = false)
    private LocalizedText objective;

    @Column(name = "lead_institution", nullable = false)
    private LocalizedText leadInstitution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStage stage = CommitmentStage.DRAFT;

    protected Commitment() {
    }

    public Commitment(ActionPlan plan, int sortOrder, LocalizedText title, LocalizedText problem,
                      LocalizedText objective, LocalizedText leadInstitution) {
        this.plan = plan;
        this.sortOrder = sortOrder;
        this.reference = "C" + sortOrder;
        this.title = title;
        this.problem = problem;
        this.objective = objective;
        this.leadInstitution = leadInstitution;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public String getReference() {
        return reference;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getProblem() {
        return problem;
    }

    public LocalizedText getObjective() {
        return objective;
    }

    public LocalizedText getLeadInstitution() {
        return leadInstitution;
    }

    public CommitmentStage getStage() {
        return stage;
    }
}
