package org.consulta.plan;

import java.util.Set;
import java.util.Map;
import org.consulta.i18n.MachineTranslatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.TenantOwned;

import java.time.LocalDate;

/** An action plan of one repository, e.g. "Fourth national action plan 2025–2027". */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends TenantOwned implements MachineTranslatable {

    @Column(nullable = false, length = 40)
    private String slug;

    @Column(nullable = false)
    private LocalizedText title;

    @Column(nullable = false)
    private LocalizedText summary;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStage stage = PlanStage.CO_CREATION;

    protected ActionPlan() {
    }

    public ActionPlan(String slug, LocalizedText title, LocalizedText summary, LocalDate periodStart, LocalDate periodEnd) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    void edit(LocalizedText title, LocalizedText summary, LocalDate start, LocalDate end) {
        this.title = title;
        this.summary = summary;
        this.periodStart = start;
        this.periodEnd = end;
    }

    void moveTo(PlanStage next) {
        this.stage = next;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public PlanStage getStage() {
        return stage;
    }

    @Override
    public String machineKind() {
        return "plans";
    }

    @Override
    public Set<String> machineAttributes() {
        return Set.of("title", "summary");
    }

    @Override
    public Map<String, LocalizedText> machineTexts() {
        return MachineTranslatable.fields("title", title, "summary", summary);
    }

    @Override
    public void replaceMachineText(String field, LocalizedText text) {
        switch (field) {
            case "title" -> title = text;
            case "summary" -> summary = text;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
