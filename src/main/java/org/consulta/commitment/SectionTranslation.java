package org.consulta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.TenantOwned;


/**
 * One section's text in one language, made from one wording of the original (identified by its
 * hash). Versions stay immutable while translations arrive later; a section whose original changed
 * finds only translations of an older wording, which readers then see marked as outdated.
 */
@Entity
@Table(name = "section_translation")
public class SectionTranslation extends TenantOwned {

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "section_key", nullable = false, length = 40)
    private String sectionKey;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(nullable = false, length = 20000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TranslationStatus status;

    @Column(name = "translated_by")
    private Long translatedBy;

    /** When a person accepted or corrected the machine's translation ({@code translatedBy} is who). */
    @Column(name = "reviewed_at")
    private java.time.Instant reviewedAt;

    protected SectionTranslation() {
    }

    SectionTranslation(Long commitmentId, String sectionKey, String language, String source) {
        this.commitmentId = commitmentId;
        this.sectionKey = sectionKey;
        this.language = language;
        this.sourceHash = hash(source);
    }

    void replace(String text, TranslationStatus status, Long translatedBy) {
        this.text = text;
        this.status = status;
        this.translatedBy = translatedBy;
        this.reviewedAt = null;
    }

    /** A person reviewed the machine's text: accepted ({@code text} null) or corrected, now a human translation. */
    void reviewed(String corrected, long by, java.time.Instant at) {
        this.text = corrected == null || corrected.isBlank() ? text : corrected.trim();
        this.status = TranslationStatus.HUMAN;
        this.translatedBy = by;
        this.reviewedAt = at;
    }

    public Long getTranslatedBy() { return translatedBy; }
    public java.time.Instant getReviewedAt() { return reviewedAt; }

    public static String hash(String source) {
        return org.consulta.kernel.Sha256.hex(source);
    }

    public boolean translates(String source) {
        return sourceHash.equals(hash(source));
    }

    public Long getCommitmentId() { return commitmentId; }
    public String getSectionKey() { return sectionKey; }
    public String getLanguage() { return language; }
    public String getSourceHash() { return sourceHash; }
    public String getText() { return text; }
    public TranslationStatus getStatus() { return status; }
}
