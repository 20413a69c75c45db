package org.consulta.consultation;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator fills in to open a consultation: texts per language (one original), the
 * announcement date, opening and closing in the repository's time zone, and whether a notice shorter
 * than the repository's minimum was knowingly accepted.
 */
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private String originalLanguage;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    @NotNull
    private LocalDate announcedOn;
    @NotNull
    private LocalDateTime opens;
    @NotNull
    private LocalDateTime closes;
    private boolean anonymousReading = true;
    /** Commitment ids; empty for the whole plan. */
    private List<String> commitments = new ArrayList<>();
    private boolean shortNoticeConfirmed;

    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public Map<String, String> getTitles() { return titles; }
    public Map<String, String> getDescriptions() { return descriptions; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public void setAnnouncedOn(LocalDate announcedOn) { this.announcedOn = announcedOn; }
    public LocalDateTime getOpens() { return opens; }
    public void setOpens(LocalDateTime opens) { this.opens = opens; }
    public LocalDateTime getCloses() { return closes; }
    public void setCloses(LocalDateTime closes) { this.closes = closes; }
    public boolean isAnonymousReading() { return anonymousReading; }
    public void setAnonymousReading(boolean anonymousReading) { this.anonymousReading = anonymousReading; }
    public List<String> getCommitments() { return commitments; }
    public void setCommitments(List<String> commitments) { this.commitments = commitments; }
    public boolean isShortNoticeConfirmed() { return shortNoticeConfirmed; }
    public void setShortNoticeConfirmed(boolean shortNoticeConfirmed) { this.shortNoticeConfirmed = shortNoticeConfirmed; }
}
