package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.i18n.ShownText;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The repository's translation work: per language, how many texts are missing, machine-only or
 * outdated, and the plans, policy areas and commitments that have such texts, a page at a time.
 * Four statements whatever the size of the repository; the pages are cut in memory, which holds
 * a repository's few hundred items comfortably.
 */
@Stateless
@TenantScoped
public class TranslationDashboard {

    public static final int PAGE_SIZE = 20;

    public record Overview(Map<String, TranslationGaps.Counts> totals, List<TranslationGaps> items, int total, int page) {
        public Map<String, TranslationGaps.Counts> getTotals() { return totals; }
        public List<TranslationGaps> getItems() { return items; }
        public int getTotal() { return total; }
        public int getPage() { return page; }
        public boolean isHasNext() { return (page + 1) * PAGE_SIZE < total; }
        public boolean isHasPrevious() { return page > 0; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private PlanService plans;
    @Inject
    private PolicyAreaService areas;

    public Overview overview(Tenant tenant, Long actorId, String reader, int page) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Repository repository = em.find(Repository.class, tenant.id());
        List<String> languages = repository.getLanguages();
        List<String> order = repository.fallbackOrder();
        List<TranslationGaps> all = new ArrayList<>();
        for (ActionPlan plan : plans.listPlans(tenant)) {
            all.add(new TranslationGaps("PLAN", show(plan.getTitle(), reader, order), "/plans/" + plan.getSlug() + "/edit",
                    TranslationGaps.of(languages, List.of(plan.getTitle(), plan.getSummary()))));
        }
        for (PolicyArea area : areas.list(tenant)) {
            all.add(new TranslationGaps("POLICY_AREA", show(area.getName(), reader, order), "/admin/policy-areas",
                    TranslationGaps.of(languages, List.of(area.getName()))));
        }
        Map<Long, List<SectionTranslation>> translations = em.createQuery("SELECT t FROM SectionTranslation t",
                SectionTranslation.class).getResultList().stream().collect(Collectors.groupingBy(SectionTranslation::getCommitmentId));
        for (Commitment c : em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan LEFT JOIN FETCH c.currentVersion "
                + "ORDER BY c.plan.id, c.sortOrder", Commitment.class).getResultList()) {
            SectionTexts texts = new SectionTexts(c.getDraft(), translations.getOrDefault(c.getId(), List.of()));
            ShownText title = texts.text().sections(TemplateField.TITLE).stream().findFirst()
                    .map(s -> texts.show(s, reader, order)).orElse(new ShownText(c.getReference(), reader, null));
            all.add(new TranslationGaps("COMMITMENT", title,
                    "/plans/" + c.getPlan().getSlug() + "/" + c.getReference() + "/translate",
                    TranslationGaps.of(languages, texts)));
        }
        Map<String, TranslationGaps.Counts> totals = new LinkedHashMap<>();
        languages.forEach(l -> totals.put(l, all.stream().map(g -> g.byLanguage().get(l))
                .reduce(TranslationGaps.Counts.NONE, TranslationGaps.Counts::plus)));
        List<TranslationGaps> gaps = all.stream().filter(TranslationGaps::isAny).toList();
        int safePage = Math.max(0, Math.min(page, Math.max(0, (gaps.size() - 1) / PAGE_SIZE)));
        return new Overview(totals, gaps.subList(Math.min(gaps.size(), safePage * PAGE_SIZE),
                Math.min(gaps.size(), (safePage + 1) * PAGE_SIZE)), gaps.size(), safePage);
    }

    private static ShownText show(org.consulta.i18n.LocalizedText text, String reader, List<String> order) {
        return text.show(reader, order).orElse(new ShownText("", reader, null));
    }
}
