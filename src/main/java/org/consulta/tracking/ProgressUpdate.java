package org.consulta.tracking;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;
import org.consulta.plan.DocumentType;

/**
 * One progress update, dated (its creation) and attributed, never changed afterwards: a milestone's
 * status with a note and evidence, or the commitment's completion level set by hand with the reason
 * as its note.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<ProgressUpdate> MACHINE = MachineFields.<ProgressUpdate>of("progress")
            .field("note", e -> e.note, (e, t) -> e.note = t);

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private Long commitmentId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;
    @Column(name = "milestone_key", length = 40, updatable = false)
    private String milestoneKey;
    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    private MilestoneStatus status;
    @Enumerated(EnumType.STRING)
    @Column(length = 24, updatable = false)
    private Completion completion;
    @Column(nullable = false, updatable = false)
    private LocalizedText note;
    @Column(name = "evidence_url", length = 2000, updatable = false)
    private String evidenceUrl;
    @Column(name = "evidence_name", length = 200, updatable = false)
    private String evidenceName;
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", length = 8, updatable = false)
    private DocumentType evidenceType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evidence_content", updatable = false)
    private byte[] evidenceContent;

    protected ProgressUpdate() {
    }

    static ProgressUpdate milestone(Long commitmentId, Long authorId, String milestoneKey, MilestoneStatus status,
                                    LocalizedText note, Evidence evidence) {
        ProgressUpdate update = new ProgressUpdate(commitmentId, authorId, note, evidence);
        update.milestoneKey = milestoneKey;
        update.status = status;
        return update;
    }

    static ProgressUpdate completion(Long commitmentId, Long authorId, Completion level, LocalizedText reason) {
        ProgressUpdate update = new ProgressUpdate(commitmentId, authorId, reason, Evidence.NONE);
        update.completion = level;
        return update;
    }

    private ProgressUpdate(Long commitmentId, Long authorId, LocalizedText note, Evidence evidence) {
        this.commitmentId = commitmentId;
        this.authorId = authorId;
        this.note = note;
        this.evidenceUrl = evidence.url();
        if (evidence.document() != null) {
            this.evidenceName = evidence.document().fileName();
            this.evidenceType = evidence.document().type();
            this.evidenceContent = evidence.document().content();
        }
    }

    public boolean isOverride() { return completion != null; }
    public Long getCommitmentId() { return commitmentId; }
    public Long getAuthorId() { return authorId; }
    public String getMilestoneKey() { return milestoneKey; }
    public MilestoneStatus getStatus() { return status; }
    public Completion getCompletion() { return completion; }
    public LocalizedText getNote() { return note; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public String getEvidenceName() { return evidenceName; }
    public DocumentType getEvidenceType() { return evidenceType; }
    public byte[] getEvidenceContent() { return evidenceContent; }
    public boolean isHasEvidence() { return evidenceUrl != null || evidenceName != null; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
