package org.consulta.account;

/**
 * The rows of one section of a person's export as JSON objects. The queries are native SQL keyed on the
 * person's own id across repositories: the deliberate exception to the tenant filter (see ProfileService).
 */
final class PersonalRows {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private PersonalRows() {
    }

    /** A section's rows as JSON objects, each column under its name. */
    static jakarta.json.JsonArray of(jakarta.persistence.EntityManager em, PersonalData.Section section, long accountId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> rows = em.createNativeQuery(section.sql()).setParameter(1, accountId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        jakarta.json.JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object row : rows) {
            Object[] values = row instanceof Object[] many ? many : new Object[]{row};
            jakarta.json.JsonObjectBuilder object = JSON.createObjectBuilder();
            for (int i = 0; i < section.columns().length; i++) {
                String name = section.columns()[i];
                Object value = values[i];
                if (value == null) {
                    object.addNull(name);
                } else if (value instanceof Number number) {
                    object.add(name, number.longValue());
                } else if (value instanceof Boolean bool) {
                    object.add(name, bool);
                } else {
                    object.add(name, value.toString());
                }
            }
            array.add(object);
        }
        return array.build();
    }
}
