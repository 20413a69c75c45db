package org.consulta.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.SettingsRow;

/**
 * Whether a repository has its public texts machine-translated, and which kinds of text. A repository
 * that never chose has it on, for every kind, when the platform has an engine ({@code CONSULTA_MT_DEFAULT=off}
 * makes new repositories start without). Loaded detached, it is also the settings form.
 */
@Entity
@Table(name = "machine_translation_settings")
public class MachineTranslationSettings extends SettingsRow {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private boolean enabled;
    @Column(nullable = false)
    private boolean plans = true;
    @Column(nullable = false)
    private boolean consultations = true;
    @Column(nullable = false)
    private boolean forum = true;
    @Column(nullable = false)
    private boolean progress = true;
    @Column(nullable = false)
    private boolean responses = true;
    @Column(nullable = false)
    private boolean contributions = true;

    protected MachineTranslationSettings() {
    }

    MachineTranslationSettings(long repositoryId) {
        super(repositoryId);
        this.enabled = !"off".equalsIgnoreCase(System.getenv().getOrDefault("CONSULTA_MT_DEFAULT", "on"));
    }

    /** Whether the platform has an engine at all: without one, the settings page says so and offers nothing. */
    public boolean isEngine() {
        return ApertiumTranslator.isConfigured();
    }

    /** Whether texts of this kind ({@code MachineTranslated.machineKind}) are translated. */
    public boolean covers(String kind) {
        return enabled && switch (kind) {
            case "plans" -> plans;
            case "consultations" -> consultations;
            case "forum" -> forum;
            case "progress" -> progress;
            case "responses" -> responses;
            case "contributions" -> contributions;
            default -> false;
        };
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isPlans() { return plans; }
    public void setPlans(boolean plans) { this.plans = plans; }
    public boolean isConsultations() { return consultations; }
    public void setConsultations(boolean consultations) { this.consultations = consultations; }
    public boolean isForum() { return forum; }
    public void setForum(boolean forum) { this.forum = forum; }
    public boolean isProgress() { return progress; }
    public void setProgress(boolean progress) { this.progress = progress; }
    public boolean isResponses() { return responses; }
    public void setResponses(boolean responses) { this.responses = responses; }
    public boolean isContributions() { return contributions; }
    public void setContributions(boolean contributions) { this.contributions = contributions; }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        return "machine=" + enabled + " plans=" + plans + " consultations=" + consultations + " forum=" + forum
                + " progress=" + progress + " responses=" + responses + " contributions=" + contributions;
    }
}
