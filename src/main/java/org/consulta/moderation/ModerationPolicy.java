package org.consulta.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.consulta.kernel.SettingsRow;

/**
 * A repository's moderation policy: published at once and hidden on flags, or held for a moderator
 * (all contributions, or an account's first N). Loaded detached, it is also the settings form.
 */
@Entity
@Table(name = "moderation_policy")
public class ModerationPolicy extends SettingsRow {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_mode", nullable = false, length = 16)
    private ModerationMode moderationMode = ModerationMode.POST;

    @Min(1) @Max(100)
    @Column(name = "flag_threshold", nullable = false)
    private int flagThreshold = 3;

    @Min(0) @Max(100)
    @Column(name = "held_first_contributions", nullable = false)
    private int heldFirstContributions;

    protected ModerationPolicy() {
    }

    /** The platform's defaults, for a repository that never saved its own. */
    ModerationPolicy(long repositoryId) {
        super(repositoryId);
    }

    public ModerationMode getModerationMode() {
        return moderationMode;
    }

    public void setModerationMode(ModerationMode moderationMode) {
        this.moderationMode = moderationMode;
    }

    public int getFlagThreshold() {
        return flagThreshold;
    }

    public void setFlagThreshold(int flagThreshold) {
        this.flagThreshold = flagThreshold;
    }

    public int getHeldFirstContributions() {
        return heldFirstContributions;
    }

    public void setHeldFirstContributions(int heldFirstContributions) {
        this.heldFirstContributions = heldFirstContributions;
    }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        return "moderation=" + moderationMode + ", flags=" + flagThreshold + ", held=" + heldFirstContributions;
    }
}
