package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedTextConverter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** A person's own contributions, kind by kind, newest first, paginated in the database. */
@Stateless
public class ContributionsService {

    /** One act of the person, as their page lists it. */
    public record Row(String repository, Instant at, String text, String place, String path, String state) {
        public String getRepository() { return repository; }
        public Instant getAt() { return at; }
        public String getText() { return text; }
        public String getPlace() { return place; }
        public String getPath() { return path; }
        public String getState() { return state; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Instance<OwnContributions> features;

    /** Every kind, in the page's order. */
    public List<String> kinds() {
        return all().stream().map(OwnContributions.Kind::name).toList();
    }

    /** Up to {@code size + 1} rows of one kind from {@code page} (the extra one tells the pager a page follows). */
    public List<Row> contributions(Long accountId, String kind, String language, int page, int size) {
        if (accountId == null) {
            throw new AccessDeniedException("contributions need a signed-in person");
        }
        OwnContributions.Kind found = all().stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new org.consulta.kernel.NotFoundException("contribution kind " + kind));
        int offset = Math.max(0, Math.min(page, 10_000)) * size;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(found.sql() + " LIMIT " + (size + 1) + " OFFSET " + offset)
                .setParameter(1, accountId).setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        LocalizedTextConverter converter = new LocalizedTextConverter();
        return rows.stream().map(r -> new Row((String) r[0], instant(r[1]),
                found.localized() ? converter.convertToEntityAttribute((String) r[2]).show(language, List.of("fr", "es", "en"))
                        .map(t -> t.text()).orElse("") : excerpt((String) r[2]),
                r[3] == null ? "" : r[3].toString(), (String) r[4], (String) r[5])).toList();
    }

    private List<OwnContributions.Kind> all() {
        return StreamSupport.stream(features.spliterator(), false).flatMap(f -> f.kinds().stream())
                .sorted(Comparator.comparingInt(OwnContributions.Kind::rank)).toList();
    }

    private static String excerpt(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : Instant.EPOCH;
    }
}
