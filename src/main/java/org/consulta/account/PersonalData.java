package org.consulta.account;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * What one feature keeps about a person, for the download of their data (GDPR art. 15 and 20): each
 * feature that stores something of a person lists it itself, and the export gathers every section.
 */
public interface PersonalData {

    /** The section's member name in the export, such as {@code "contributions"}. */
    String section();

    /** The person's rows in every repository. */
    JsonArray of(long accountId);

    /**
     * Rows of a query keyed on the person's id ({@code ?1}), each column under its name. A person's own
     * data spans repositories, so native SQL past the tenant filter is the deliberate exception here.
     */
    static JsonArray rows(EntityManager em, String sql, long accountId, String... names) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, accountId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : rows) {
            Object[] values = row instanceof Object[] many ? many : new Object[]{row};
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < names.length; i++) {
                Object value = values[i];
                if (value == null) {
                    object.addNull(names[i]);
                } else if (value instanceof Number number) {
                    object.add(names[i], number.longValue());
                } else if (value instanceof Boolean bool) {
                    object.add(names[i], bool);
                } else {
                    object.add(names[i], value.toString());
                }
            }
            array.add(object);
        }
        return array.build();
    }
}
