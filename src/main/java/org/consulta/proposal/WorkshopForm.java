package org.consulta.proposal;

import java.io.Serializable;
import java.time.LocalDate;

/** A workshop as the facilitator describes it: where, when, how many took part, who organised it. */
public class WorkshopForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String place;
    private LocalDate heldOn;
    private Integer participants;
    private String organisation;

    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
}
