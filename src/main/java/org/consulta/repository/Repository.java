package org.consulta.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.BaseEntity;
import org.consulta.kernel.Tenant;

import java.util.List;

/**
 * One OGP member's public space (the "tenant"). It is the one entity that is not itself scoped:
 * it is the scope. Its languages are a subset of the platform's, in the order they are offered.
 */
@Entity
@Table(name = "repository")
public class Repository extends BaseEntity {

    @ValidSlug
    @Column(nullable = false, unique = true, length = SlugRules.MAX)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepositoryKind kind;

    @Convert(converter = LanguageListConverter.class)
    @Column(nullable = false)
    private List<String> languages;

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage;

    @Column(nullable = false)
    private LocalizedText name;

    @Column(nullable = false)
    private LocalizedText description;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_mode", nullable = false)
    private ModerationMode moderationMode = ModerationMode.POST;

    @Column(name = "flag_threshold", nullable = false)
    private int flagThreshold = 3;

    @Column(name = "held_first_contributions", nullable = false)
    private int heldFirstContributions;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_licence", nullable = false, length = 16)
    private DataLicence dataLicence = DataLicence.CC_BY_4_0;

    /** When moderators were last mailed what waits: at most one digest an hour. */
    @Column(name = "moderation_digest_at")
    private java.time.Instant moderationDigestAt;

    @Column(name = "min_notice_days", nullable = false)
    private int minNoticeDays = 14;

    @Column(name = "default_duration_days", nullable = false)
    private int defaultDurationDays = 42;

    /** Where consultation dates are typed and shown: "Europe/Paris", "America/Bogota". */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    /** The longest comment this repository accepts, in characters. */
    @Column(name = "comment_max_length", nullable = false)
    private int commentMaxLength = 2000;

    @Column(name = "accent_colour")
    private String accentColour;

    @Column(name = "logo_type")
    private String logoType;

    protected Repository() {
    }

    public Repository(String slug, RepositoryKind kind, List<String> languages, String defaultLanguage,
                      LocalizedText name, LocalizedText description) {
        this.slug = slug;
        this.kind = kind;
        this.languages = List.copyOf(languages);
        this.defaultLanguage = defaultLanguage;
        this.name = name;
        this.description = description;
    }

    /** Applies settings already validated by {@link RepositoryAdminService}. */
    void apply(RepositorySettings settings) {
        this.name = settings.nameText(name);
        this.description = settings.descriptionText(description);
        this.kind = settings.getKind();
        this.languages = List.copyOf(settings.getLanguages());
        this.defaultLanguage = settings.getDefaultLanguage();
        this.contactEmail = settings.getContactEmail();
        this.moderationMode = settings.getModerationMode();
        this.flagThreshold = settings.getFlagThreshold();
        this.heldFirstContributions = settings.getHeldFirstContributions();
        this.minNoticeDays = settings.getMinNoticeDays();
        this.defaultDurationDays = settings.getDefaultDurationDays();
        this.accentColour = settings.getAccentColour();
        this.timeZone = settings.getTimeZone();
        this.commentMaxLength = settings.getCommentMaxLength();
        this.dataLicence = settings.getDataLicence() == null ? DataLicence.CC_BY_4_0 : settings.getDataLicence();
    }

    public DataLicence getDataLicence() {
        return dataLicence;
    }

    void logoIs(String mediaType) {
        this.logoType = mediaType;
    }

    public boolean isHasLogo() {
        return logoType != null;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Tenant tenant() {
        return new Tenant(getId(), slug);
    }

    public String getSlug() {
        return slug;
    }

    public RepositoryKind getKind() {
        return kind;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    public int getCommentMaxLength() {
        return commentMaxLength;
    }

    /** Where readers go when content lacks their language: the default language, then the others in order. */
    public List<String> fallbackOrder() {
        List<String> order = new java.util.ArrayList<>(List.of(defaultLanguage));
        languages.stream().filter(l -> !l.equals(defaultLanguage)).forEach(order::add);
        return order;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public ModerationMode getModerationMode() {
        return moderationMode;
    }

    public int getFlagThreshold() {
        return flagThreshold;
    }

    public int getHeldFirstContributions() {
        return heldFirstContributions;
    }

    public int getMinNoticeDays() {
        return minNoticeDays;
    }

    public int getDefaultDurationDays() {
        return defaultDurationDays;
    }

    /** {@code #rrggbb} checked by {@link AccentColour}, or null for the platform's colour. */
    public String getAccentColour() {
        return accentColour;
    }

    /**
     * Whether the moderators are due a digest: an hour after the last one if something arrived since
     * ({@code newestWaiting}), or a day after it as a reminder of what still waits. If so, marks this one
     * as sent at {@code now}.
     */
    public boolean takeDigestTurn(java.time.Instant now, java.time.Instant newestWaiting) {
        if (moderationDigestAt != null) {
            boolean fresh = newestWaiting != null && newestWaiting.isAfter(moderationDigestAt);
            java.time.Duration wait = java.time.Duration.ofHours(fresh ? 1 : 24);
            if (now.isBefore(moderationDigestAt.plus(wait))) {
                return false;
            }
        }
        moderationDigestAt = now;
        return true;
    }
}
