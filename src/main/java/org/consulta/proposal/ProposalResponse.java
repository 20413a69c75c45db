package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.consulta.comment.ResponseStatus;
import org.consulta.i18n.LocalizedText;

import java.time.Instant;

/**
 * The government's reasoned response to one proposal, as OGP's co-creation standard asks: what became of
 * it and why, per language. Empty (every column null) until someone answers.
 */
@Embeddable
public class ProposalResponse {

    @Enumerated(EnumType.STRING)
    @Column(name = "response_status", length = 24)
    private ResponseStatus status;
    @Column(name = "response", length = 20000)
    private LocalizedText reasoning;
    @Column(name = "responded_by")
    private Long respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected ProposalResponse() {
    }

    ProposalResponse(ResponseStatus status, LocalizedText reasoning, Long respondedBy, Instant respondedAt) {
        this.status = status;
        this.reasoning = reasoning;
        this.respondedBy = respondedBy;
        this.respondedAt = respondedAt;
    }

    static ProposalResponse none() {
        return new ProposalResponse();
    }

    public boolean isAnswered() { return status != null; }
    public ResponseStatus getStatus() { return status; }
    public LocalizedText getReasoning() { return reasoning; }
    public Long getRespondedBy() { return respondedBy; }
    public Instant getRespondedAt() { return respondedAt; }
}
