package org.consulta.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.tenant.TenantOwned;

import java.time.LocalDate;

/** A meeting of the forum, published with its agenda and minutes (OGP: at least every six months). */
@Entity
@Table(name = "forum_meeting")
public class ForumMeeting extends TenantOwned {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private LocalizedText agenda;
    @Column(nullable = false)
    private LocalizedText minutes;

    protected ForumMeeting() {
    }

    ForumMeeting(LocalDate heldOn, LocalizedText agenda, LocalizedText minutes) {
        this.heldOn = heldOn;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public LocalizedText getAgenda() { return agenda; }
    public LocalizedText getMinutes() { return minutes; }
}
