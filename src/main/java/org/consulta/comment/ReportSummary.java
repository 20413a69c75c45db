package org.consulta.comment;

import org.consulta.consultation.Consultation;

import java.util.List;
import java.util.Map;

/**
 * The figures of a consultation: participants, contributions, and per commitment the contributions by
 * alignment and by response status (key {@code UNANSWERED} for those still waiting). Counts only.
 */
public record ReportSummary(Consultation consultation, long participants, long contributions, long answered,
                            List<Row> commitments) {

    public record Row(String reference, Map<String, Long> alignments, Map<String, Long> statuses) {
        public String getReference() { return reference; }
        public Map<String, Long> getAlignments() { return alignments; }
        public Map<String, Long> getStatuses() { return statuses; }
    }

    public Consultation getConsultation() { return consultation; }
    public long getParticipants() { return participants; }
    public long getContributions() { return contributions; }
    public long getAnswered() { return answered; }
    public List<Row> getCommitments() { return commitments; }
}
