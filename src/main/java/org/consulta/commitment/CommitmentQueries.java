package org.consulta.commitment;

import jakarta.persistence.EntityManager;
import org.consulta.kernel.NotFoundException;

/** Lookups shared by the commitment services; always inside a tenant-bound entity manager. */
final class CommitmentQueries {

    private CommitmentQueries() {
    }

    /** The commitment with its plan and newest version, in one statement. */
    static Commitment find(EntityManager em, String planSlug, String reference) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan p LEFT JOIN FETCH c.currentVersion "
                        + "WHERE p.slug = :plan AND c.reference = :ref", Commitment.class)
                .setParameter("plan", planSlug).setParameter("ref", reference)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("commitment " + planSlug + "/" + reference));
    }

    static Commitment byId(EntityManager em, long id) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan WHERE c.id = :id", Commitment.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("commitment " + id));
    }

    /** Every translation of the commitment's sections, all languages, all wordings: one statement. */
    static java.util.List<SectionTranslation> translations(EntityManager em, Commitment commitment) {
        return em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId = :c", SectionTranslation.class)
                .setParameter("c", commitment.getId()).getResultList();
    }
}
