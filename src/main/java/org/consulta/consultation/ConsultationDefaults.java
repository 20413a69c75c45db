package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.consulta.kernel.SettingsRow;

/**
 * How a repository announces its consultations: the notice it gives before one opens, and how long one
 * lasts unless its organisers say otherwise. Loaded detached, it is also the settings form.
 */
@Entity
@Table(name = "consultation_defaults")
public class ConsultationDefaults extends SettingsRow {

    private static final long serialVersionUID = 1L;

    @Min(0) @Max(90)
    @Column(name = "min_notice_days", nullable = false)
    private int minNoticeDays = 14;

    @Min(1) @Max(365)
    @Column(name = "default_duration_days", nullable = false)
    private int defaultDurationDays = 42;

    protected ConsultationDefaults() {
    }

    ConsultationDefaults(long repositoryId) {
        super(repositoryId);
    }

    public int getMinNoticeDays() {
        return minNoticeDays;
    }

    public void setMinNoticeDays(int minNoticeDays) {
        this.minNoticeDays = minNoticeDays;
    }

    public int getDefaultDurationDays() {
        return defaultDurationDays;
    }

    public void setDefaultDurationDays(int defaultDurationDays) {
        this.defaultDurationDays = defaultDurationDays;
    }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        return "notice=" + minNoticeDays + ", duration=" + defaultDurationDays;
    }
}
