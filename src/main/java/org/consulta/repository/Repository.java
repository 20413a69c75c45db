package org.consulta.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.BaseEntity;
import org.consulta.kernel.Tenant;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One OGP member's public space (the "tenant"). It is the one entity that is not itself scoped:
 * it is the scope. Its languages are a subset of the platform's, in the order they are offered. What each
 * feature decides for the repository (moderation policy, consultation defaults…) that feature keeps in a
 * table of its own (see {@link org.consulta.kernel.SettingsPart}).
 */
@Entity
@Table(name = "repository")
public class Repository extends BaseEntity implements MachineTranslatable {

    private static final MachineFields<Repository> MACHINE = MachineFields.<Repository>of("plans", "active")
            .field("name", e -> e.name, (e, t) -> e.name = t)
            .field("description", e -> e.description, (e, t) -> e.description = t);

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

    /** Where consultation dates are typed and shown: "Europe/Paris", "America/Bogota". */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

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
        this.accentColour = settings.getAccentColour();
        this.timeZone = settings.getTimeZone();
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

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Where readers go when content lacks their language: the default language, then the others in order. */
    public List<String> fallbackOrder() {
        List<String> order = new ArrayList<>(List.of(defaultLanguage));
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

    /** {@code #rrggbb} checked by {@link AccentColour}, or null for the platform's colour. */
    public String getAccentColour() {
        return accentColour;
    }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }

    @Override
    public boolean isMachinePublic() {
        return active;
    }

    @Override
    public Long machineRepository() {
        return getId();
    }
}
