package org.consulta.kernel;

import java.io.Serializable;
import java.util.List;

/**
 * One feature's part of a repository's settings (its moderation policy, its consultation defaults, its
 * comment length, its data licence…), stored by that feature in a table of its own and edited on the one
 * settings page. The repository's back office loads every part into one form and saves them all in the
 * administrator's one transaction, so a refused part changes nothing. A new setting touches its feature's
 * form class, its fragment, a migration and the bundles; nothing outside the feature.
 */
public interface SettingsPart {

    /** The name the part's form is kept under in the settings, e.g. {@code "moderation"}. */
    String name();

    /** Where the part comes on the settings page, lower first. */
    int position();

    /** The Facelets fragment that edits the part's form, which it receives as {@code form}. */
    String fragment();

    /** The stored values as a form to edit: a detached object, defaults when the repository never saved any. */
    Serializable load(Tenant tenant);

    /**
     * Stores a form that Bean Validation accepted, refusing ({@link RefusedException} naming the field)
     * what breaks a rule across fields. Runs in the caller's transaction, with the repository row locked.
     */
    void save(Tenant tenant, Serializable form);

    /** The choices of the part's one list on the page, in the order shown, or none. */
    default List<?> choices() {
        return List.of();
    }
}
