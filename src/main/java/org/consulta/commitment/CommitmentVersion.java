package org.consulta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/**
 * A published version of a commitment, numbered from 1. Immutable: no setter, and every column is
 * left out of updates, so neither code nor a stray merge can rewrite what the public has read.
 */
@Entity
@Table(name = "commitment_version")
public class CommitmentVersion extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, updatable = false)
    private int number;

    @Convert(converter = CommitmentTextConverter.class)
    @Column(nullable = false, updatable = false)
    private CommitmentText content;

    @Column(name = "change_note", length = 2000, updatable = false)
    private String changeNote;

    @Column(name = "published_by", updatable = false)
    private Long publishedBy;

    protected CommitmentVersion() {
    }

    CommitmentVersion(Commitment commitment, int number, CommitmentText content, String changeNote, Long publishedBy) {
        this.commitment = commitment;
        this.number = number;
        this.content = content;
        this.changeNote = changeNote == null || changeNote.isBlank() ? null : changeNote.trim();
        this.publishedBy = publishedBy;
    }

    public Commitment getCommitment() { return commitment; }
    public int getNumber() { return number; }
    public CommitmentText getContent() { return content; }
    public String getChangeNote() { return changeNote; }
    public Long getPublishedBy() { return publishedBy; }
}
