package org.consulta.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * The official, reasoned response to one top-level contribution (one per contribution, revisable):
 * a status, the reasoning in the repository's languages, and who answered for which institution.
 */
@Entity
@Table(name = "response")
public class Response extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<Response> MACHINE = MachineFields.<Response>of("responses")
            .field("reasoning", e -> e.reasoning, (e, t) -> e.reasoning = t);

    @Column(name = "comment_id", nullable = false, unique = true)
    private Long commentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ResponseStatus status;
    @Column(nullable = false)
    private LocalizedText reasoning;
    @Column(nullable = false, length = 200)
    private String institution;
    @Column(name = "responder_id", nullable = false)
    private Long responderId;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;
    /** The month of {@link #answeredAt} in UTC as yyyymm: the timeline counts answers by month in the database. */
    @Column(name = "answered_month")
    private Integer answeredMonth;

    protected Response() {
    }

    Response(Long commentId) {
        this.commentId = commentId;
    }

    void answer(ResponseStatus status, LocalizedText reasoning, String institution, Long responderId, Instant now) {
        this.status = status;
        this.reasoning = reasoning;
        this.institution = institution;
        this.responderId = responderId;
        this.answeredAt = now;
        java.time.ZonedDateTime utc = now.atZone(java.time.ZoneOffset.UTC);
        this.answeredMonth = utc.getYear() * 100 + utc.getMonthValue();
    }

    public Long getCommentId() { return commentId; }
    public ResponseStatus getStatus() { return status; }
    public LocalizedText getReasoning() { return reasoning; }
    public String getInstitution() { return institution; }
    public Long getResponderId() { return responderId; }
    public Instant getAnsweredAt() { return answeredAt; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
