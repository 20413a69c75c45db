package org.consulta.account;

import java.util.List;

/**
 * What one feature keeps about a person, for the download of their data (GDPR art. 15 and 20): each
 * feature that stores something of a person declares its sections, and the export runs them all.
 */
public interface PersonalData {

    /** This feature's sections of the export. */
    List<Section> sections();

    /**
     * One section: its member name in the export ({@code "contributions"}), a native query keyed on the
     * person's id ({@code ?1}; a person's data spans repositories) and the names of its columns.
     */
    record Section(String name, String sql, String... columns) {
    }
}
