package org.consulta.tracking;

import java.io.Serializable;

/** A reporter's update on one milestone: the status, a note in the language they write in, a link as evidence. */
public class MilestoneReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private String milestoneKey;
    private MilestoneStatus status;
    private String note;
    private String language;
    private String evidenceUrl;

    public String getMilestoneKey() { return milestoneKey; }
    public void setMilestoneKey(String milestoneKey) { this.milestoneKey = milestoneKey; }
    public MilestoneStatus getStatus() { return status; }
    public void setStatus(MilestoneStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
}
