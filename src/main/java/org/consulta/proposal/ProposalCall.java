package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.consultation.ConsultationWindow;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;
import org.consulta.plan.ActionPlan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A call for proposals on an action plan in co-creation: the public proposes problems and ideas
 * between its opening (included) and closing (excluded) moments, the same window rules as a
 * consultation's. Workshops held during the call bring their proposals in too, even after it closed.
 */
@Entity
@Table(name = "proposal_call")
public class ProposalCall extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<ProposalCall> MACHINE = MachineFields.<ProposalCall>of("consultations")
            .field("title", e -> e.title, (e, t) -> e.title = t)
            .field("description", e -> e.description, (e, t) -> e.description = t);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;
    @Column(nullable = false)
    private LocalizedText title;
    @Column(nullable = false)
    private LocalizedText description;
    @Column(name = "announced_on", nullable = false)
    private LocalDate announcedOn;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    /** When followers of the plan were told it opened; null until then. */
    @Column(name = "opening_notice_at")
    private Instant openingNoticeAt;

    protected ProposalCall() {
    }

    ProposalCall(ActionPlan plan, LocalizedText title, LocalizedText description, LocalDate announcedOn, ConsultationWindow window) {
        this.plan = plan;
        this.title = title;
        this.description = description;
        this.announcedOn = announcedOn;
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
    }

    public ConsultationWindow window() {
        return new ConsultationWindow(opensAt, closesAt);
    }

    /** Closes it at {@code now} (one not yet open closes just after its opening, so the window stays valid). */
    void endNow(Instant now) {
        this.closesAt = new ConsultationWindow(opensAt, now.isAfter(opensAt) ? now : opensAt.plusMillis(1)).closesAt();
    }

    /** Marks the opening notice as sent, once: true only the first time, while open. */
    boolean openingNoticeDue(Instant now) {
        if (openingNoticeAt != null || !window().isOpen(now)) {
            return false;
        }
        openingNoticeAt = now;
        return true;
    }

    public ActionPlan getPlan() { return plan; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
