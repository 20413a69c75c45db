package org.consulta.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.consulta.kernel.Database;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Searches a repository's plans and commitments in one language, ranked and paginated in the
 * database. On PostgreSQL, full-text search with the language's dictionary, so that word forms
 * match ("contrat" finds "contrats"); on H2, every word must start a word of the text or sit inside one.
 * Native SQL (EclipseLink's tenant filter does not apply to it), so the repository is a bound parameter.
 */
@Stateless
@TenantScoped
public class SearchService {

    public static final int PAGE_SIZE = 10;
    private static final int MAX_WORDS = 8;
    /** Language → PostgreSQL text search configuration; literals, so the partial indexes of V9 are used. */
    private static final Map<String, String> DICTIONARIES = Map.of("fr", "french", "es", "spanish", "en", "english");
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;
    private Boolean postgres;

    public SearchResults search(Tenant tenant, String language, String query, int page) {
        List<String> words = query == null ? List.of() : Arrays.stream(query.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        if (words.isEmpty() || !DICTIONARIES.containsKey(language)) {
            return new SearchResults(List.of(), 0, 0, PAGE_SIZE);
        }
        int safePage = Math.max(0, Math.min(page, 1000));
        // PostgreSQL parses the query as it parsed the texts ("plan-2025" stays one token pair)
        String raw = query.length() > 200 ? query.substring(0, 200) : query;
        return isPostgres() ? postgres(tenant, language, raw, safePage) : simple(tenant, language, words, safePage);
    }

    /**
     * Up to {@code max} entries of one kind sharing words with {@code text} (any of them, words of four
     * letters or more), those sharing most first: what a person typing a new title is shown as similar.
     */
    public List<SearchHit> similar(Tenant tenant, String language, String kind, String text, int max) {
        List<String> words = text == null ? List.of() : Arrays.stream(text.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4).distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty() || !DICTIONARIES.containsKey(language)) {
            return List.of();
        }
        StringBuilder score = new StringBuilder();
        Query hits;
        if (isPostgres()) {
            // the words are letters and digits only (split above), so they can be joined into a tsquery
            String config = DICTIONARIES.get(language);
            hits = em.createNativeQuery("SELECT owner_kind, plan_slug, reference, title, CAST(SUBSTRING(body, 1, 240) AS VARCHAR(240)), machine, COALESCE(shown_language, language)"
                    + " FROM search_entry WHERE repository_id = ?1 AND language = ?2 AND owner_kind = ?3 AND to_tsvector('" + config
                    + "', title || ' ' || body) @@ to_tsquery('" + config + "', ?4) ORDER BY ts_rank(setweight(to_tsvector('" + config
                    + "', title), 'A') || to_tsvector('" + config + "', body), to_tsquery('" + config + "', ?4)) DESC, id LIMIT ?5");
            hits.setParameter(4, String.join(" | ", words)).setParameter(5, max);
        } else {
            for (int i = 0; i < words.size(); i++) {
                score.append(i == 0 ? "" : " + ").append("CASE WHEN LOWER(CONCAT(title, ' ', body)) LIKE ?").append(i + 4)
                        .append(" THEN 1 ELSE 0 END");
            }
            hits = em.createNativeQuery("SELECT owner_kind, plan_slug, reference, title, CAST(SUBSTRING(body, 1, 240) AS VARCHAR(240)), machine, COALESCE(shown_language, language)"
                    + " FROM search_entry WHERE repository_id = ?1 AND language = ?2 AND owner_kind = ?3 AND (" + score + ") > 0"
                    + " ORDER BY (" + score + ") DESC, id LIMIT ?" + (words.size() + 4));
            for (int i = 0; i < words.size(); i++) {
                hits.setParameter(i + 4, "%" + words.get(i) + "%");
            }
            hits.setParameter(words.size() + 4, max);
        }
        hits.setHint(NATIVE, true).setParameter(1, tenant.id()).setParameter(2, language).setParameter(3, kind);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = hits.getResultList();
        return rows.stream().map(r -> new SearchHit((String) r[0], (String) r[1], (String) r[2], (String) r[3], String.valueOf(r[4]),
                Boolean.TRUE.equals(r[5]), (String) r[6])).toList();
    }

    private SearchResults postgres(Tenant tenant, String language, String words, int page) {
        String config = DICTIONARIES.get(language);
        String document = "to_tsvector('" + config + "', title || ' ' || body)";
        String match = " FROM search_entry WHERE repository_id = ?1 AND language = ?2 AND " + document
                + " @@ plainto_tsquery('" + config + "', ?3)";
        Query count = em.createNativeQuery("SELECT COUNT(*)" + match);
        Query hits = em.createNativeQuery("SELECT owner_kind, plan_slug, reference, title, CAST(SUBSTRING(body, 1, 240) AS VARCHAR(240)), machine, COALESCE(shown_language, language)" + match
                + " ORDER BY ts_rank(setweight(to_tsvector('" + config + "', title), 'A') || " + document
                + ", plainto_tsquery('" + config + "', ?3)) DESC, id LIMIT ?4 OFFSET ?5");
        return run(tenant, language, List.of(words), count, hits, page);
    }

    private SearchResults simple(Tenant tenant, String language, List<String> words, int page) {
        StringBuilder match = new StringBuilder(" FROM search_entry WHERE repository_id = ?1 AND language = ?2");
        for (int i = 0; i < words.size(); i++) {
            match.append(" AND LOWER(CONCAT(title, ' ', body)) LIKE ?").append(i + 3);
        }
        int limit = words.size() + 3;
        Query count = em.createNativeQuery("SELECT COUNT(*)" + match);
        Query hits = em.createNativeQuery("SELECT owner_kind, plan_slug, reference, title, CAST(SUBSTRING(body, 1, 240) AS VARCHAR(240)), machine, COALESCE(shown_language, language)" + match
                + " ORDER BY CASE WHEN LOWER(title) LIKE ?3 THEN 0 ELSE 1 END, id LIMIT ?" + limit + " OFFSET ?" + (limit + 1));
        return run(tenant, language, words.stream().map(w -> "%" + w + "%").toList(), count, hits, page);
    }

    private SearchResults run(Tenant tenant, String language, List<String> terms, Query count, Query hits, int page) {
        for (Query q : List.of(count, hits)) {
            q.setHint(NATIVE, true).setParameter(1, tenant.id()).setParameter(2, language);
            for (int i = 0; i < terms.size(); i++) {
                q.setParameter(i + 3, terms.get(i));
            }
        }
        hits.setParameter(terms.size() + 3, PAGE_SIZE).setParameter(terms.size() + 4, page * PAGE_SIZE);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = hits.getResultList();
        return new SearchResults(rows.stream().map(r -> new SearchHit((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], String.valueOf(r[4]), Boolean.TRUE.equals(r[5]), (String) r[6])).toList(), total, page, PAGE_SIZE);
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Database.isPostgreSql(dataSource);
        }
        return postgres;
    }
}
