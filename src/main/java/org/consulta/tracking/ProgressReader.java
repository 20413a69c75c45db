package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentStage;
import org.consulta.commitment.Milestone;
import org.consulta.kernel.IdCount;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Public reads of progress: a commitment's section and timeline, a plan's dashboard, an evidence file. */
@Stateless
@TenantScoped
public class ProgressReader {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private org.consulta.account.PublicNames publicNames;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private ProgressRecords records;
    @Inject
    private TrackingPermissions permissions;

    public CommitmentProgress progress(Tenant tenant, Long viewerId, String planSlug, String reference) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        List<ProgressUpdate> updates = records.updates(List.of(commitment.getId()));
        int milestones = commitment.isPublished() ? commitment.getCurrentVersion().getContent().milestones().size() : 0;
        ProgressUpdate last = updates.isEmpty() ? null : updates.get(updates.size() - 1);
        Map<Long, String> authors = publicNames.of(updates.stream().map(ProgressUpdate::getAuthorId).toList());
        List<ProgressUpdate> newestFirst = new ArrayList<>(updates);
        java.util.Collections.reverse(newestFirst);
        boolean reporter = permissions.canReport(tenant, viewerId, commitment.getId());
        return new CommitmentProgress(ProgressRecords.completion(updates, milestones),
                Completion.derive(ProgressRecords.latest(updates).values(), milestones),
                last != null && last.isOverride() ? last : null, ProgressRecords.latest(updates), newestFirst, authors,
                last == null ? null : last.getCreatedAt(), reporter, comments(commitment.getId()));
    }

    /** Public contributions (replies included) on each update of a commitment, by update: one grouped statement. */
    private Map<Long, Long> comments(Long commitmentId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT NEW org.consulta.kernel.IdCount(c.progressUpdateId, COUNT(c)) FROM Comment c WHERE c.commitmentId = :m AND c.progressUpdateId "
                        + "IS NOT NULL AND c.withdrawn = :no AND c.visibility = :published "
                        + "GROUP BY c.progressUpdateId", IdCount.class).setParameter("m", commitmentId).setParameter("no", false)
                .setParameter("published", org.consulta.comment.Visibility.PUBLISHED)
                .setHint("eclipselink.jdbc.bind-parameters", "true").getResultList()
                .forEach(row -> counts.put(row.id(), row.count()));
        return counts;
    }

    public PlanProgress dashboard(Tenant tenant, long planId, LocalDate today) {
        List<Commitment> published = em.createQuery("SELECT c FROM Commitment c LEFT JOIN FETCH c.currentVersion "
                        + "WHERE c.plan.id = :p AND c.currentVersion IS NOT NULL ORDER BY c.sortOrder", Commitment.class)
                .setParameter("p", planId).getResultList();
        Map<Long, List<ProgressUpdate>> byCommitment = records.updates(published.stream().map(Commitment::getId).toList())
                .stream().collect(Collectors.groupingBy(ProgressUpdate::getCommitmentId));
        Map<Completion, Long> levels = new EnumMap<>(Completion.class);
        List<PlanProgress.Overdue> overdue = new ArrayList<>();
        Instant lastUpdate = null;
        for (Commitment c : published) {
            List<ProgressUpdate> updates = byCommitment.getOrDefault(c.getId(), List.of());
            List<Milestone> milestones = c.getCurrentVersion().getContent().milestones();
            levels.merge(ProgressRecords.completion(updates, milestones.size()), 1L, Long::sum);
            Map<String, MilestoneStatus> latest = ProgressRecords.latest(updates);
            for (Milestone m : milestones) {
                MilestoneStatus status = latest.getOrDefault(m.key(), MilestoneStatus.NOT_STARTED);
                if (m.end() != null && m.end().isBefore(today) && status != MilestoneStatus.COMPLETED && status != MilestoneStatus.CANCELLED) {
                    overdue.add(new PlanProgress.Overdue(c.getReference(), m.key(), m.end(), status));
                }
            }
            for (ProgressUpdate u : updates) {
                lastUpdate = lastUpdate == null || u.getCreatedAt().isAfter(lastUpdate) ? u.getCreatedAt() : lastUpdate;
            }
        }
        return new PlanProgress(levels, overdue, lastUpdate, published.size());
    }

    /** Per commitment of a plan: its completion level and each milestone's latest status (one statement). */
    public record PlanStatus(Map<Long, Completion> completion, Map<Long, Map<String, MilestoneStatus>> milestones) {
    }

    public PlanStatus planStatus(Tenant tenant, List<Commitment> published) {
        Map<Long, List<ProgressUpdate>> byCommitment = records.updates(published.stream().map(Commitment::getId).toList())
                .stream().collect(Collectors.groupingBy(ProgressUpdate::getCommitmentId));
        Map<Long, Completion> completion = new HashMap<>();
        Map<Long, Map<String, MilestoneStatus>> milestones = new HashMap<>();
        for (Commitment c : published) {
            List<ProgressUpdate> updates = byCommitment.getOrDefault(c.getId(), List.of());
            completion.put(c.getId(), ProgressRecords.completion(updates, c.getCurrentVersion().getContent().milestones().size()));
            milestones.put(c.getId(), ProgressRecords.latest(updates));
        }
        return new PlanStatus(completion, milestones);
    }

    /**
     * Whether the repository's public record of implementation is stale: it has adopted commitments and
     * no progress update for six months (OGP asks for updates at least twice a year).
     */
    public boolean staleSince(Tenant tenant, Instant sixMonthsAgo) {
        long adopted = em.createQuery("SELECT COUNT(c) FROM Commitment c WHERE c.stage = :adopted", Long.class)
                .setParameter("adopted", CommitmentStage.FINAL).getSingleResult();
        if (adopted == 0) {
            return false;
        }
        return em.createQuery("SELECT COUNT(u) FROM ProgressUpdate u WHERE u.createdAt >= :since", Long.class)
                .setParameter("since", sixMonthsAgo).getSingleResult() == 0;
    }

    /** An update's evidence file, for download; null when there is none with this id here. */
    /** One update of this commitment, for its page and discussion; not found if it belongs elsewhere. */
    public ShownUpdate update(Tenant tenant, String planSlug, String reference, long updateId) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        ProgressUpdate update = em.createQuery("SELECT u FROM ProgressUpdate u WHERE u.id = :id AND u.commitmentId = :c",
                        ProgressUpdate.class).setParameter("id", updateId).setParameter("c", commitment.getId())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("progress update " + reference + "/" + updateId));
        return new ShownUpdate(update, publicNames.of(List.of(update.getAuthorId())).get(update.getAuthorId()),
                commitment.getStage() == org.consulta.commitment.CommitmentStage.FINAL && commitment.isPublished());
    }

    public ProgressUpdate evidence(Tenant tenant, long updateId) {
        return em.createQuery("SELECT u FROM ProgressUpdate u WHERE u.id = :id AND u.evidenceName IS NOT NULL", ProgressUpdate.class)
                .setParameter("id", updateId).getResultStream().findFirst().orElse(null);
    }
}
