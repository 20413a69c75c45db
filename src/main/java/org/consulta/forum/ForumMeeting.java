package org.consulta.forum;

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
import org.consulta.plan.UploadedDocument;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting of the forum, published with its agenda and minutes (OGP: at least every six months). The
 * minutes often come after the meeting, as text and, optionally, a document (the signed minutes).
 */
@Entity
@Table(name = "forum_meeting")
public class ForumMeeting extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<ForumMeeting> MACHINE = MachineFields.<ForumMeeting>of("forum")
            .field("agenda", e -> e.agenda, (e, t) -> e.agenda = t)
            .field("minutes", e -> e.minutes, (e, t) -> e.minutes = t);

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private LocalizedText agenda;
    @Column(nullable = false)
    private LocalizedText minutes;
    @Column(name = "minutes_name", length = 200)
    private String minutesName;
    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_type", length = 8)
    private DocumentType minutesType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "minutes_content")
    private byte[] minutesContent;
    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    protected ForumMeeting() {
    }

    ForumMeeting(LocalDate heldOn, LocalizedText agenda, LocalizedText minutes) {
        this.heldOn = heldOn;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    /**
     * The minutes as written in {@code language} (blank: the text stays as it was) and the document, if
     * one is given; text in another language than the original one is a translation of it.
     */
    void publishMinutes(String language, String text, UploadedDocument document, Instant at) {
        if (document != null) {
            // first: writing the lazily fetched content loads the rest of the row, which would undo earlier changes
            minutesContent = document.content();
            minutesName = document.fileName();
            minutesType = document.type();
        }
        if (text != null && !text.isBlank()) {
            String typed = text.strip();
            minutes = minutes.isEmpty() ? LocalizedText.original(language, typed)
                    : minutes.originalLanguage().filter(language::equals).isPresent() ? minutes.withOriginal(language, typed)
                    : minutes.withTranslation(language, typed);
        }
        minutesPublishedAt = at;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public LocalizedText getAgenda() { return agenda; }
    public LocalizedText getMinutes() { return minutes; }
    /** The minutes document's file name; null when none was published. */
    public String getMinutesName() { return minutesName; }
    public DocumentType getMinutesType() { return minutesType; }
    public byte[] getMinutesContent() { return minutesContent; }
    /** When minutes were last published after the meeting was recorded; null if never. */
    public Instant getMinutesPublishedAt() { return minutesPublishedAt; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
