package org.consulta.proposal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * What an administrator fills in to open a call for proposals: texts per language (one original), the
 * announcement date, opening and closing in the repository's time zone, and whether a notice shorter than
 * the repository's minimum was knowingly accepted (the consultations' rule).
 */
public class CallForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String originalLanguage;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private LocalDate announcedOn;
    private LocalDateTime opens;
    private LocalDateTime closes;
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
    public boolean isShortNoticeConfirmed() { return shortNoticeConfirmed; }
    public void setShortNoticeConfirmed(boolean shortNoticeConfirmed) { this.shortNoticeConfirmed = shortNoticeConfirmed; }
}
