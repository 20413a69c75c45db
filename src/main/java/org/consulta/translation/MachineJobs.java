package org.consulta.translation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantOwned;
import org.consulta.repository.Repository;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The queue's transactions, each short and on its own: take an item's rows and read what it lacks, keep
 * what the machine made (under the item's row lock, a person's concurrent text winning), or put the rows
 * back for later. The translating itself happens between them, in no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MachineJobs {

    /** A worker that took rows and said nothing for this long died: its rows are taken again. */
    static final Duration STALE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Instance<MachineTextStore> stores;
    @Inject
    private MachineTranslationSettingsPart settings;
    @Inject
    private jakarta.enterprise.event.Event<MachineTranslatedEvent> translated;

    /** A queue row that is due, with its repository (bound before anything else is read). */
    public record Due(long id, long repositoryId) {
    }

    public List<Due> due(int max) {
        Instant now = Instant.now();
        return em.createQuery("SELECT NEW org.consulta.translation.MachineJobs.Due(j.id, j.repositoryId) FROM MachineJob j WHERE j.nextAttemptAt <= :now AND (j.runningSince IS NULL "
                + "OR j.runningSince < :stale) ORDER BY j.id", Due.class).setParameter("now", now)
                .setParameter("stale", now.minus(STALE)).setMaxResults(max).getResultList();
    }

    /** Takes every due row of the job's item; null when another worker took them first. */
    public MachineWork claim(Due due) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, due.repositoryId());
        MachineJob job = em.find(MachineJob.class, due.id());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (job == null || em.createQuery("UPDATE MachineJob j SET j.runningSince = :now WHERE j.entityName = :n "
                        + "AND j.entityId = :e AND j.nextAttemptAt <= :now AND (j.runningSince IS NULL OR j.runningSince < :stale)")
                .setParameter("now", now).setParameter("stale", now.minus(STALE)).setParameter("n", job.getEntityName())
                .setParameter("e", job.getEntityId()).executeUpdate() == 0) {
            return null;
        }
        boolean asked = em.createQuery("SELECT COUNT(j) FROM MachineJob j WHERE j.entityName = :n AND j.entityId = :e "
                        + "AND j.runningSince = :now AND j.requestedBy IS NOT NULL", Long.class).setParameter("n", job.getEntityName())
                .setParameter("e", job.getEntityId()).setParameter("now", now).getSingleResult() > 0;
        return new MachineWork(job.getRepositoryId(), job.getEntityName(), job.getEntityId(), now,
                pieces(job, asked));
    }

    private List<MachineWork.Piece> pieces(MachineJob job, boolean asked) {
        MachineTextStore store = store(job.getEntityName());
        MachineTextStore.Item item = store == null ? null : store.load(job.getEntityName(), job.getEntityId());
        List<MachineWork.Piece> pieces = new ArrayList<>();
        if (item == null) {
            return pieces;
        }
        List<MachineText> rows = forgetReviewed(job, item.texts(), asked);
        Repository repository = em.find(Repository.class, job.getRepositoryId());
        Tenant tenant = new Tenant(repository.getId(), repository.getSlug());
        if (!asked && !(item.isPublic() && settings.covers(tenant, item.kind()))) {
            return pieces;
        }
        for (Map.Entry<String, LocalizedText> text : item.texts().entrySet()) {
            String from = text.getValue().originalLanguage().orElse(null);
            Translation original = from == null ? null : text.getValue().in(from).orElseThrow();
            if (original != null && !original.text().isBlank()) {
                text.getValue().machineGaps(repository.getLanguages()).stream()
                        .filter(to -> rows.stream().noneMatch(r -> r.getTextKey().equals(text.getKey())
                                && r.getLanguage().equals(to) && r.rejects(original.text())))
                        .forEach(to -> pieces.add(new MachineWork.Piece(text.getKey(), from, original.text(), to)));
            }
        }
        return pieces;
    }

    /**
     * The review queue keeps only texts still machine-made (a person may have written one since), and the
     * rejections of an original that is still the same, unless an editor asked again. Returns the rows kept.
     */
    private List<MachineText> forgetReviewed(MachineJob job, Map<String, LocalizedText> texts, boolean asked) {
        List<MachineText> kept = new ArrayList<>();
        for (MachineText row : em.createQuery("SELECT t FROM MachineText t WHERE t.entityName = :n AND t.entityId = :e",
                MachineText.class).setParameter("n", job.getEntityName()).setParameter("e", job.getEntityId()).getResultList()) {
            LocalizedText text = texts.get(row.getTextKey());
            boolean machine = java.util.Optional.ofNullable(text).flatMap(t -> t.in(row.getLanguage()))
                    .map(t -> t.status() == TranslationStatus.MACHINE).orElse(false);
            boolean stillRejected = !asked && text != null && text.originalLanguage().flatMap(text::in)
                    .map(t -> row.rejects(t.text())).orElse(false);
            if (row.isRejected() ? stillRejected : machine) {
                kept.add(row);
            } else {
                em.remove(row);
            }
        }
        em.flush();
        return kept;
    }

    /** Keeps what the machine made and removes the item's rows taken at {@code work.claimedAt}. */
    public int finish(MachineWork work, List<MachineWork.Done> done) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, work.repositoryId());
        MachineTextStore store = store(work.entityName());
        int kept = 0;
        for (MachineWork.Done d : done) {
            MachineWork.Piece p = d.piece();
            MachineText row = em.createQuery("SELECT t FROM MachineText t WHERE t.entityName = :n AND t.entityId = :e "
                            + "AND t.textKey = :k AND t.language = :l", MachineText.class).setParameter("n", work.entityName())
                    .setParameter("e", work.entityId()).setParameter("k", p.key()).setParameter("l", p.to())
                    .getResultStream().findFirst().orElse(null);
            if (row != null && row.rejects(p.source())) {
                continue; // a person rejected it while the machine worked
            }
            if (store.storeMachine(work.entityName(), work.entityId(), p.key(), p.to(), p.source(), d.text())) {
                kept++;
                if (row == null) {
                    em.persist(new MachineText(work.entityName(), work.entityId(), p.key(), p.to()));
                } else {
                    row.madeAgain();
                }
            }
        }
        if (kept > 0) {
            Repository repository = em.find(Repository.class, work.repositoryId());
            translated.fire(new MachineTranslatedEvent(repository.tenant(), work.entityName(), work.entityId()));
        }
        em.createQuery("DELETE FROM MachineJob j WHERE j.entityName = :n AND j.entityId = :e AND j.runningSince = :at")
                .setParameter("n", work.entityName()).setParameter("e", work.entityId()).setParameter("at", work.claimedAt())
                .executeUpdate();
        return kept;
    }

    /** The machine failed: the rows taken wait, longer each time, and nothing is lost. */
    public void failed(MachineWork work) {
        Instant now = Instant.now();
        for (MachineJob job : em.createQuery("SELECT j FROM MachineJob j WHERE j.entityName = :n AND j.entityId = :e "
                        + "AND j.runningSince = :at", MachineJob.class).setParameter("n", work.entityName())
                .setParameter("e", work.entityId()).setParameter("at", work.claimedAt()).getResultList()) {
            job.failed(now);
        }
    }

    private MachineTextStore store(String entityName) {
        return stores.stream().filter(s -> s.keeps(entityName)).findFirst().orElse(null);
    }
}
