package org.consulta.forum;

import java.io.Serializable;
import java.time.LocalDate;

/** A meeting as an administrator records it: its date, and agenda and minutes in one language. */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate heldOn;
    private String language;
    private String agenda;
    private String minutes;

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
}
