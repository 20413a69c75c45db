package org.consulta.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

import java.time.LocalDate;

/** An action plan of one repository, e.g. "Fourth national action plan 2025–2027". */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<ActionPlan> MACHINE = MachineFields.<ActionPlan>of("plans")
            .field("title", e -> e.title, (e, t) -> e.title = t)
            .field("summary", e -> e.summary, (e, t) -> e.summary = t);

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
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
