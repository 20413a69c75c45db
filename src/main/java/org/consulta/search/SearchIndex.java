package org.consulta.search;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/**
 * Keeps the index in step with what is published, inside the caller's transaction (so a rolled-back
 * publication leaves no trace in search). Callers give, per language, the title and text a reader sees.
 */
@Dependent
public class SearchIndex {

    public static final String PLAN = "PLAN";
    public static final String COMMITMENT = "COMMITMENT";

    /**
     * What a reader of one language sees; {@code machine}: some of it is a machine translation not yet reviewed;
     * {@code shownLanguage}: the language its title is really in (null: the reader's own).
     */
    public record Indexed(String title, String body, boolean machine, String shownLanguage) {

        public Indexed(String title, String body) {
            this(title, body, false, null);
        }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public void replace(String kind, long ownerId, String planSlug, String reference, Map<String, Indexed> byLanguage) {
        em.createQuery("DELETE FROM SearchEntry e WHERE e.ownerKind = :kind AND e.ownerId = :id")
                .setParameter("kind", kind).setParameter("id", ownerId).executeUpdate();
        byLanguage.forEach((language, text) ->
                em.persist(new SearchEntry(kind, ownerId, language, planSlug, reference, text.title(), text.body(), text.machine(),
                        text.shownLanguage() == null ? language : text.shownLanguage())));
    }
}
