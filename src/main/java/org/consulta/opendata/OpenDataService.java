package org.consulta.opendata;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.Comment;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.Response;
import org.consulta.comment.Visibility;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.Milestone;
import org.consulta.consultation.Consultation;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotResults;
import org.consulta.forum.BallotService;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.tracking.ProgressReader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of each dataset. Plans, commitments, milestones, consultations and ballots are small and
 * read at once; contributions are read a page at a time after a given id (keyset), three statements a
 * page, so an export of any size holds one page in memory. Only public content: hidden, held and
 * withdrawn contributions are left out, so are those of a discussion open to signed-in participants only
 * (the rule its page follows), and people appear by their public display name only.
 */
@Stateless
@TenantScoped
public class OpenDataService {

    public static final int PAGE = 1000;
    private static final String PUBLIC = "c.withdrawn = FALSE AND c.visibility = :published";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private org.consulta.account.PublicNames publicNames;
    @Inject
    private ProgressReader progress;
    @Inject
    private ConsultationReport reports;
    @Inject
    private BallotService ballots;
    @Inject
    private BallotResults results;
    @Inject
    private Rows rows;
    @Inject
    private org.consulta.proposal.CallReport callReport;
    @Inject
    private org.consulta.consultation.ConsultationService consultations;

    public List<Row> rows(Tenant tenant, Dataset dataset, List<String> languages) {
        return switch (dataset) {
            case PLANS -> em.createQuery("SELECT p FROM ActionPlan p ORDER BY p.id", ActionPlan.class).getResultList().stream()
                    .map(p -> rows.plan(p, languages)).toList();
            case COMMITMENTS, MILESTONES -> commitments(tenant, dataset, languages);
            case CONSULTATIONS -> em.createQuery("SELECT c FROM Consultation c JOIN FETCH c.plan ORDER BY c.id", Consultation.class)
                    .getResultList().stream().map(c -> rows.consultation(c, reports.summary(tenant, c.getId()), languages)).toList();
            case BALLOTS -> ballotRows(tenant, languages);
            case CONTRIBUTIONS -> contributions(tenant, 0, PAGE, languages);
            case PROPOSALS -> proposals(tenant, languages);
        };
    }

    /** Public contributions with an id above {@code afterId}, by id, at most {@code size}. */
    public List<Row> contributions(Tenant tenant, long afterId, int size, List<String> languages) {
        // what the commitment's page hides from visitors, the files and the API leave out too
        Set<Long> membersOnly = consultations.membersOnlyDiscussions(tenant, Instant.now());
        var query = em.createQuery("SELECT NEW org.consulta.opendata.ContributionRow(c, m.reference, p.slug) FROM Comment c, Commitment m JOIN m.plan p "
                        + "WHERE m.id = c.commitmentId AND c.id > :after AND " + PUBLIC
                        + (membersOnly.isEmpty() ? "" : " AND (c.progressUpdateId IS NOT NULL OR c.commitmentId NOT IN :membersOnly)")
                        + " ORDER BY c.id", ContributionRow.class)
                .setParameter("after", afterId).setParameter("published", Visibility.PUBLISHED)
                .setMaxResults(Math.max(1, Math.min(size, PAGE)));
        if (!membersOnly.isEmpty()) {
            query.setParameter("membersOnly", membersOnly);
        }
        List<ContributionRow> page = query.getResultList();
        List<Long> ids = page.stream().map(r -> r.comment().getId()).toList();
        Map<Long, Response> responses = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT r FROM Response r WHERE r.commentId IN :ids", Response.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Response::getCommentId, r -> r));
        Map<Long, String> names = publicNames.of(page.stream().map(r -> r.comment().getAuthorId()).toList());
        List<Row> out = new ArrayList<>();
        for (ContributionRow r : page) {
            Comment c = r.comment();
            out.add(rows.contribution(c, r.planSlug(), r.reference(), names.get(c.getAuthorId()), responses.get(c.getId()), languages));
        }
        return out;
    }

    private List<Row> commitments(Tenant tenant, Dataset dataset, List<String> languages) {
        List<Commitment> published = em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan LEFT JOIN FETCH c.currentVersion "
                + "WHERE c.currentVersion IS NOT NULL ORDER BY c.plan.id, c.sortOrder", Commitment.class).getResultList();
        ProgressReader.PlanStatus status = progress.planStatus(tenant, published);
        Map<Long, Map<String, org.consulta.i18n.LocalizedText>> texts = dataset == Dataset.COMMITMENTS
                ? rows.titles(published) : rows.deliverables(published);
        List<Row> out = new ArrayList<>();
        for (Commitment c : published) {
            if (dataset == Dataset.COMMITMENTS) {
                out.add(rows.commitment(c, texts.get(c.getId()), status.completion().get(c.getId()), languages));
                continue;
            }
            for (Milestone m : c.getCurrentVersion().getContent().milestones()) {
                out.add(rows.milestone(c, m, texts.get(c.getId()).get(m.key()), status.milestones().get(c.getId())
                        .getOrDefault(m.key(), org.consulta.tracking.MilestoneStatus.NOT_STARTED), languages));
            }
        }
        return out;
    }

    /** Every public proposal with where it came from, its response and the commitments it became part of ({@code plan/C1}). */
    private List<Row> proposals(Tenant tenant, List<String> languages) {
        List<org.consulta.proposal.Proposal> all = callReport.repositoryRows(tenant);
        Map<Long, List<org.consulta.proposal.ProposalLink>> links = callReport.repositoryLinks(tenant);
        Map<Long, String> references = new java.util.HashMap<>();
        List<Long> ids = links.values().stream().flatMap(List::stream).map(org.consulta.proposal.ProposalLink::getCommitmentId)
                .distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan WHERE c.id IN :ids", Commitment.class).setParameter("ids", ids)
                    .getResultList().forEach(c -> references.put(c.getId(), c.getPlan().getSlug() + "/" + c.getReference()));
        }
        Map<Long, String> names = publicNames.of(all.stream().map(org.consulta.proposal.Proposal::getAuthorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return all.stream().map(p -> rows.proposal(p, names, links.getOrDefault(p.getId(), List.of()), references, languages)).toList();
    }

    private List<Row> ballotRows(Tenant tenant, List<String> languages) {
        List<Row> out = new ArrayList<>();
        Instant now = Instant.now();
        for (Ballot b : ballots.ballots(tenant)) {
            results.results(tenant, b.getId(), now).ifPresent(result -> out.addAll(rows.tallies(result, languages)));
        }
        return out;
    }
}
