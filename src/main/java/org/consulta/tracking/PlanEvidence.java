package org.consulta.tracking;

import org.consulta.comment.ReportSummary;
import org.consulta.consultation.PlanConsultations;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.DocumentLine;

import java.util.List;
import java.util.Map;

/** What OGP reviewers look for about one plan: its documents, consultations with their reports, progress. */
public record PlanEvidence(ActionPlan plan, List<DocumentLine> documents, PlanConsultations consultations,
                           Map<Long, ReportSummary> reports, PlanProgress progress) {

    public ActionPlan getPlan() { return plan; }
    public List<DocumentLine> getDocuments() { return documents; }
    public PlanConsultations getConsultations() { return consultations; }
    /** The figures of each consultation, by its id. */
    public Map<Long, ReportSummary> getReports() { return reports; }
    public PlanProgress getProgress() { return progress; }
    /** When the newest document was attached; null without documents. */
    public java.time.Instant getDocumentsUpdated() {
        return documents.stream().map(DocumentLine::addedAt).max(java.time.Instant::compareTo).orElse(null);
    }
}
