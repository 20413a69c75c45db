package org.consulta.plan;

import jakarta.validation.constraints.NotNull;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.RefusedException;
import org.consulta.repository.ValidSlug;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

/**
 * What an administrator types for a plan: its address, its period, and its title and summary in
 * each of the repository's languages, one of which is the original. The others are shown side by
 * side as translations, with their state.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 4000;

    @ValidSlug
    private String slug;
    @NotNull
    private String originalLanguage;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> summaries = new HashMap<>();
    @NotNull
    private LocalDate start;
    @NotNull
    private LocalDate end;

    public static PlanForm of(ActionPlan plan) {
        PlanForm form = new PlanForm();
        form.slug = plan.getSlug();
        form.originalLanguage = plan.getTitle().originalLanguage().orElse(null);
        plan.getTitle().asMap().forEach((lang, t) -> form.titles.put(lang, t.text()));
        plan.getSummary().asMap().forEach((lang, t) -> form.summaries.put(lang, t.text()));
        form.start = plan.getPeriodStart();
        form.end = plan.getPeriodEnd();
        return form;
    }

    /** The plan's texts after this form: the original rewritten marks translations outdated. */
    LocalizedText apply(LocalizedText before, Map<String, String> typed, String field, int max, String tooLongKey) {
        String original = typed.get(originalLanguage);
        if (original == null || original.isBlank()) {
            throw new RefusedException("plans.refused.original_missing", field + "_" + originalLanguage);
        }
        for (Map.Entry<String, String> e : typed.entrySet()) {
            if (e.getValue() != null && e.getValue().length() > max) {
                throw RefusedException.with(tooLongKey, field + "_" + e.getKey(), new org.consulta.kernel.Refusal.LanguageName(e.getKey()), max);
            }
        }
        return before.edited(originalLanguage, typed);
    }

    /** OGP plans run for two or four years; a few months either way are allowed for calendars. */
    void checkPeriod() {
        if (!end.isAfter(start)) {
            throw new RefusedException("plans.refused.period_order", "end");
        }
        long months = Period.between(start, end.plusDays(1)).toTotalMonths();
        if (!(months >= 21 && months <= 27) && !(months >= 45 && months <= 51)) {
            throw new RefusedException("plans.refused.period_length", "end");
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public Map<String, String> getTitles() { return titles; }
    public Map<String, String> getSummaries() { return summaries; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
}
