package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.commitment.Commitment;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;
import org.consulta.plan.ActionPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A public consultation on a plan's draft commitments (all of them, or those chosen). Its state
 * follows from its dates alone (see {@link ConsultationWindow}); administrators may move the closing
 * moment, with a public reason, but never reopen a closed consultation.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<Consultation> MACHINE = MachineFields.<Consultation>of("consultations")
            .field("title", e -> e.title, (e, t) -> e.title = t)
            .field("description", e -> e.description, (e, t) -> e.description = t)
            .field("closingNote", e -> e.closingNote, (e, t) -> e.closingNote = t);

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

    @Column(name = "anonymous_reading", nullable = false)
    private boolean anonymousReading = true;

    @Column(name = "opening_notice_at")
    private Instant openingNoticeAt;

    @Column(name = "closing_notice_at")
    private Instant closingNoticeAt;

    /** Why the closing moment was moved, for the public; null if it never was. */
    @Column(name = "closing_note")
    private LocalizedText closingNote;

    /** Empty: every commitment of the plan. */
    @ManyToMany
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @JoinTable(name = "consultation_commitment", joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    private List<Commitment> commitments = new ArrayList<>();

    protected Consultation() {
    }

    Consultation(ActionPlan plan, LocalizedText title, LocalizedText description, LocalDate announcedOn,
                 ConsultationWindow window, boolean anonymousReading, List<Commitment> commitments) {
        this.plan = plan;
        this.title = title;
        this.description = description;
        this.announcedOn = announcedOn;
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
        this.anonymousReading = anonymousReading;
        this.commitments = new ArrayList<>(commitments);
    }

    public ConsultationWindow window() {
        return new ConsultationWindow(opensAt, closesAt);
    }

    /**
     * Moves the closing moment (an extension, or an early end when {@code closes} is now). A later
     * closing earns followers a new reminder.
     */
    void moveClosing(Instant closes, LocalizedText note) {
        ConsultationWindow moved = new ConsultationWindow(opensAt, closes);
        if (moved.closesAt().isAfter(closesAt)) {
            closingNoticeAt = null;
        }
        closesAt = moved.closesAt();
        closingNote = note;
    }

    /**
     * Marks and names the followers' notice due at {@code now}, if any: the opening one while open,
     * the closing one within {@code soon} of the end. Both at once (a short consultation, or a
     * platform that was down) make one notice, the opening one.
     */
    String noticeDue(Instant now, java.time.Duration soon) {
        if (!window().isOpen(now)) {
            return null;
        }
        boolean closing = closingNoticeAt == null && !now.isBefore(closesAt.minus(soon));
        if (openingNoticeAt == null) {
            openingNoticeAt = now;
            closingNoticeAt = closing ? now : closingNoticeAt;
            return "mail_consultation_opened";
        }
        if (closing) {
            closingNoticeAt = now;
            return "mail_consultation_closing";
        }
        return null;
    }

    /**
     * Whether this person may read the contributions: anyone, unless the administrators chose
     * otherwise, in which case signed-in participants until it closes; everyone once closed, since
     * the report is public.
     */
    public boolean readableBy(Long viewerId, Instant now) {
        return anonymousReading || viewerId != null
                || window().state(now) == ConsultationWindow.State.CLOSED;
    }

    /** Whether this consultation is about {@code commitment}. */
    public boolean covers(Commitment commitment) {
        return commitment.getPlan().getId().equals(plan.getId())
                && (commitments.isEmpty() || commitments.stream().anyMatch(c -> c.getId().equals(commitment.getId())));
    }

    /** The commitments chosen for it; none when it is about the whole plan. */
    List<Long> commitmentIds() {
        return commitments.stream().map(Commitment::getId).toList();
    }

    /** The same for a commitment of this consultation's plan known by its id. */
    boolean coversId(Long commitmentId) {
        return commitments.isEmpty() || commitments.stream().anyMatch(c -> c.getId().equals(commitmentId));
    }

    public ActionPlan getPlan() { return plan; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public LocalizedText getClosingNote() { return closingNote; }
    public boolean isAnonymousReading() { return anonymousReading; }
    public List<Commitment> getCommitments() { return commitments; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
