package org.consulta.opendata;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Constituency;
import org.consulta.comment.Comment;
import org.consulta.comment.ReportSummary;
import org.consulta.comment.Response;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentText;
import org.consulta.commitment.Milestone;
import org.consulta.commitment.SectionTranslation;
import org.consulta.commitment.TemplateField;
import org.consulta.consultation.Consultation;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotResult;
import org.consulta.forum.Tally;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.plan.ActionPlan;
import org.consulta.tracking.Completion;
import org.consulta.tracking.MilestoneStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How each kind of record becomes a row; the column order is the files' header. */
@Dependent
class Rows {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    Row plan(ActionPlan p, List<String> languages) {
        return new Row().with("id", p.getId()).with("slug", p.getSlug()).with("stage", p.getStage().name())
                .with("start", p.getPeriodStart()).with("end", p.getPeriodEnd())
                .translated("title", p.getTitle(), languages).translated("summary", p.getSummary(), languages);
    }

    Row commitment(Commitment c, Map<String, LocalizedText> titles, Completion completion, List<String> languages) {
        return new Row().with("plan", c.getPlan().getSlug()).with("reference", c.getReference()).with("stage", c.getStage().name())
                .with("version", c.getVersionCount())
                .with("milestones", c.getCurrentVersion().getContent().milestones().size())
                .with("completion", completion.name())
                .translated("title", titles.get(TemplateField.TITLE.singleKey()), languages)
                .translated("lead_institution", titles.get(TemplateField.LEAD_INSTITUTION.singleKey()), languages);
    }

    /** Title and lead institution of each commitment in every language: the original plus its translations (one statement). */
    Map<Long, Map<String, LocalizedText>> titles(List<Commitment> commitments) {
        return sections(commitments, content -> Map.of(TemplateField.TITLE.singleKey(), content.text(TemplateField.TITLE),
                TemplateField.LEAD_INSTITUTION.singleKey(), content.text(TemplateField.LEAD_INSTITUTION)));
    }

    /** Each milestone's deliverable, by commitment and milestone key, in every language (one statement). */
    Map<Long, Map<String, LocalizedText>> deliverables(List<Commitment> commitments) {
        return sections(commitments, content -> content.milestones().stream()
                .collect(java.util.stream.Collectors.toMap(Milestone::key, m -> content.deliverable(m.key()))));
    }

    /** Some sections of each commitment's current version: the original text plus its translations. */
    private Map<Long, Map<String, LocalizedText>> sections(List<Commitment> commitments,
                                                           Function<CommitmentText, Map<String, String>> originals) {
        Map<Long, Map<String, LocalizedText>> out = new HashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Commitment c : commitments) {
            CommitmentText content = c.getCurrentVersion().getContent();
            Map<String, LocalizedText> fields = new HashMap<>();
            originals.apply(content).forEach((key, text) -> fields.put(key, LocalizedText.original(content.getLanguage(), text)));
            keys.addAll(fields.keySet());
            out.put(c.getId(), fields);
        }
        if (!keys.isEmpty()) {
            em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId IN :ids AND t.sectionKey IN :keys",
                            SectionTranslation.class).setParameter("ids", commitments.stream().map(Commitment::getId).toList())
                    .setParameter("keys", List.copyOf(keys)).getResultList().forEach(t -> out.get(t.getCommitmentId()).computeIfPresent(
                            t.getSectionKey(), (k, text) -> text.with(t.getLanguage(), t.getText(),
                                    t.getStatus() == null ? TranslationStatus.HUMAN : t.getStatus())));
        }
        return out;
    }

    Row milestone(Commitment c, Milestone m, LocalizedText deliverable, MilestoneStatus status, List<String> languages) {
        return new Row().with("plan", c.getPlan().getSlug()).with("commitment", c.getReference()).with("milestone", m.key())
                .translated("deliverable", deliverable, languages).with("start", m.start()).with("end", m.end())
                .with("status", status.name());
    }

    Row consultation(Consultation c, ReportSummary figures, List<String> languages) {
        return new Row().with("id", c.getId()).with("plan", c.getPlan().getSlug()).translated("title", c.getTitle(), languages)
                .with("announced_on", c.getAnnouncedOn()).with("opens_at", c.getOpensAt()).with("closes_at", c.getClosesAt())
                .with("participants", figures.participants()).with("contributions", figures.contributions())
                .with("answered", figures.answered());
    }

    Row contribution(Comment c, String plan, String reference, String author, Response r, List<String> languages) {
        return new Row().with("id", c.getId()).with("plan", plan).with("commitment", reference)
                .with("consultation", c.getConsultationId()).with("progress_update", c.getProgressUpdateId())
                .with("reply_to", c.getParentId())
                .with("section", c.getSectionKey()).with("alignment", c.getAlignment() == null ? "" : c.getAlignment().name())
                .with("language", c.getLanguage()).with("posted_at", c.getCreatedAt()).with("author", author == null ? "" : author)
                .with("text", c.getBody()).translated("translation", c.getTexts(), languages) // the text per language, the machine's marked MACHINE
                .with("response_status", r == null ? "" : r.getStatus().name())
                .with("response_institution", r == null ? "" : r.getInstitution())
                .with("response_at", r == null ? "" : r.getAnsweredAt())
                .translated("response", r == null ? null : r.getReasoning(), languages);
    }

    Row proposal(org.consulta.proposal.Proposal p, Map<Long, String> names, List<org.consulta.proposal.ProposalLink> links,
                 Map<Long, String> references, List<String> languages) {
        var r = p.getResponse();
        return new Row().with("id", p.getId()).with("call", p.getCall().getId()).with("plan", p.getCall().getPlan().getSlug())
                .with("origin", p.isFromWorkshop() ? "workshop" : "online")
                .with("workshop_place", p.isFromWorkshop() ? p.getWorkshop().getPlace() : "")
                .with("workshop_date", p.isFromWorkshop() ? p.getWorkshop().getHeldOn() : "")
                .with("author", p.getAuthorId() == null ? "" : names.getOrDefault(p.getAuthorId(), ""))
                .with("organisation", p.getOrganisation() == null ? "" : p.getOrganisation()).with("language", p.getLanguage())
                .with("title", p.getTitle()).with("problem", p.getProblem()).with("solution", p.getSolution())
                .with("addendum", p.getAddendum() == null ? "" : p.getAddendum())
                .with("policy_areas", p.getAreas().stream().map(a -> String.valueOf(a.getId())).collect(java.util.stream.Collectors.joining("|")))
                .with("supports", p.getSupports()).with("comments", p.getComments())
                .with("merged_into", p.getMergedInto() == null ? "" : p.getMergedInto())
                .with("response_status", r.isAnswered() ? r.getStatus().name() : "")
                .with("response_at", r.isAnswered() ? r.getRespondedAt() : "")
                .translated("response", r.getReasoning(), languages)
                .with("became_part_of", links.stream().map(l -> references.getOrDefault(l.getCommitmentId(), ""))
                        .filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining("|")))
                .with("created_at", p.getCreatedAt());
    }

    List<Row> tallies(BallotResult result, List<String> languages) {
        Ballot b = result.ballot();
        List<Row> out = new ArrayList<>();
        for (int o = 0; o < b.getOptions().size(); o++) {
            Tally all = result.overall();
            Row row = new Row().with("ballot", b.getId()).translated("question", b.getQuestion(), languages)
                    .with("method", b.getMethod().name()).with("closes_at", b.getClosesAt()).with("option", o + 1)
                    .translated("label", b.getOptions().get(o).getLabel(), languages)
                    .with("place", all.placeOf(o)).with("measure", all.measure(o)).with("ballots", all.ballots());
            for (Constituency side : Constituency.values()) {
                Tally t = result.bySide().get(side);
                String name = side.name().toLowerCase(java.util.Locale.ROOT);
                row.with(name + "_place", t.ballots() == 0 ? "" : t.placeOf(o)).with(name + "_measure", t.measure(o))
                        .with(name + "_ballots", t.ballots());
            }
            out.add(row);
        }
        return out;
    }
}
