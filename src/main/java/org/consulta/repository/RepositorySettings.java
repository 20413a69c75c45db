package org.consulta.repository;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consulta.i18n.Languages;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.SettingsPart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a repository's administrators edit on its settings page: its own names, kind, languages, contact,
 * colour and time zone, and each feature's part. Names and descriptions are typed by people in each
 * language, so each is stored as original (the default language) or human.
 */
public class RepositorySettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    @NotNull
    private RepositoryKind kind;
    @NotEmpty
    private List<String> languages = new ArrayList<>();
    @NotBlank
    private String defaultLanguage;
    @Email
    @Size(max = 320)
    private String contactEmail;
    private String accentColour;
    @NotBlank
    private String timeZone;
    /** Each feature's part, by {@link SettingsPart#name()}, in page order; validated with the rest. */
    @Valid
    private final Map<String, Serializable> parts = new LinkedHashMap<>();

    /** The repository's own settings; the features' parts are added by {@link RepositoryAdminService}. */
    static RepositorySettings of(Repository repository) {
        RepositorySettings settings = new RepositorySettings();
        for (String lang : Languages.SUPPORTED) {
            settings.names.put(lang, repository.getName().in(lang).map(t -> t.text()).orElse(""));
            settings.descriptions.put(lang, repository.getDescription().in(lang).map(t -> t.text()).orElse(""));
        }
        settings.kind = repository.getKind();
        settings.languages = new ArrayList<>(repository.getLanguages());
        settings.defaultLanguage = repository.getDefaultLanguage();
        settings.contactEmail = repository.getContactEmail();
        settings.accentColour = repository.getAccentColour();
        settings.timeZone = repository.zone().getId();
        return settings;
    }

    LocalizedText nameText(LocalizedText before) {
        return text(names, before);
    }

    LocalizedText descriptionText(LocalizedText before) {
        return text(descriptions, before);
    }

    /** Keeps the status of unchanged languages; a changed or new one is the original (default language) or human. */
    private LocalizedText text(Map<String, String> typed, LocalizedText before) {
        LocalizedText result = LocalizedText.empty();
        for (String lang : languages) {
            String value = typed(typed, lang);
            if (value.isEmpty()) {
                continue;
            }
            TranslationStatus status = before.in(lang).filter(t -> t.text().equals(value)).map(t -> t.status())
                    .orElse(lang.equals(defaultLanguage) ? TranslationStatus.ORIGINAL : TranslationStatus.HUMAN);
            result = result.with(lang, value, status);
        }
        return result;
    }

    /** The form field a settings problem is about (component id), or null for the whole form. */
    static String fieldOf(String problem) {
        return switch (problem) {
            case "admin_settings.colour_format", "admin_settings.colour_contrast" -> "colour";
            case "admin_settings.name_required", "admin_settings.text_too_long" -> "name";
            case "repository.invalid_languages" -> "languages";
            case "admin_settings.invalid_time_zone" -> "zone";
            default -> null;
        };
    }

    /** What was typed for a language, trimmed; JSF submits an emptied field as null. */
    private static String typed(Map<String, String> texts, String lang) {
        String value = texts.get(lang);
        return value == null ? "" : value.trim();
    }

    /** The key of the first rule the settings break beyond field constraints, or null. */
    String problem() {
        if (!languages.stream().allMatch(Languages::isSupported) || !languages.contains(defaultLanguage)) {
            return "repository.invalid_languages";
        }
        if (!TimeZones.CHOICES.contains(timeZone)) {
            return "admin_settings.invalid_time_zone";
        }
        String colour = AccentColour.problem(accentColour);
        if (colour != null) {
            return colour;
        }
        for (String lang : languages) {
            if (typed(names, lang).isEmpty()) {
                return "admin_settings.name_required";
            }
            if (typed(names, lang).length() > 200 || typed(descriptions, lang).length() > 4000) {
                return "admin_settings.text_too_long";
            }
        }
        return null;
    }

    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }

    /** The features' parts of the form, by name ({@code "moderation"}, {@code "consultation"}…). */
    public Map<String, Serializable> getParts() {
        return parts;
    }

    /** One feature's part of the form, typed as that feature's own form class. */
    public <F extends Serializable> F part(String name, Class<F> type) {
        return type.cast(parts.get(name));
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public RepositoryKind getKind() {
        return kind;
    }

    public void setKind(RepositoryKind kind) {
        this.kind = kind;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour == null || accentColour.isBlank() ? null : accentColour.trim().toLowerCase();
    }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("names=" + names + ", descriptions=" + descriptions + ", kind=" + kind
                + ", languages=" + languages + ", default=" + defaultLanguage + ", contact=" + contactEmail
                + ", colour=" + accentColour + ", zone=" + timeZone);
        parts.values().forEach(part -> text.append(", ").append(part));
        return text.toString();
    }
}
