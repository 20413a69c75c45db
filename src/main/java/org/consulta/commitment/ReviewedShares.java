package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For the public OGP repository: per plan, how many of its translations (its title and summary, its
 * published commitments' sections and milestones) a person wrote or reviewed, and how many are still the
 * machine's. Three statements whatever the number of plans and commitments.
 */
@Stateless
@TenantScoped
public class ReviewedShares {

    /** Translations by a person and by the machine; the share is of those by a person. */
    public record Share(int human, int machine) {
        public int getHuman() { return human; }
        public int getMachine() { return machine; }
        public boolean isAny() { return human + machine > 0; }
        /** Whole percent of translations a person wrote or reviewed. */
        public int getPercent() { return isAny() ? Math.round(100f * human / (human + machine)) : 0; }

        Share plus(TranslationStatus status) {
            return status == TranslationStatus.HUMAN ? new Share(human + 1, machine)
                    : status == TranslationStatus.MACHINE ? new Share(human, machine + 1) : this;
        }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private PlanService plans;

    public Map<Long, Share> byPlan(Tenant tenant) {
        Map<Long, Share> shares = new HashMap<>();
        for (ActionPlan plan : plans.listPlans(tenant)) {
            Share share = new Share(0, 0);
            for (LocalizedText text : List.of(plan.getTitle(), plan.getSummary())) {
                for (Translation t : text.asMap().values()) {
                    share = share.plus(t.status());
                }
            }
            shares.put(plan.getId(), share);
        }
        Map<Long, List<SectionTranslation>> translations = em.createQuery("SELECT t FROM SectionTranslation t",
                SectionTranslation.class).getResultList().stream().collect(Collectors.groupingBy(SectionTranslation::getCommitmentId));
        for (Commitment c : em.createQuery("SELECT c FROM Commitment c LEFT JOIN FETCH c.currentVersion "
                + "WHERE c.currentVersion IS NOT NULL", Commitment.class).getResultList()) {
            CommitmentText text = c.getCurrentVersion().getContent();
            Share share = shares.getOrDefault(c.getPlan().getId(), new Share(0, 0));
            for (SectionTranslation t : translations.getOrDefault(c.getId(), List.of())) {
                if (text.section(t.getSectionKey()).map(s -> t.translates(s.text())).orElse(false)) {
                    share = share.plus(t.getStatus());
                }
            }
            shares.put(c.getPlan().getId(), share);
        }
        return shares;
    }
}
