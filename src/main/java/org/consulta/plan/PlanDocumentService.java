package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.audit.AuditLog;
import org.consulta.tenant.Tenant;
import org.consulta.tenant.TenantScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Documents attached to plans: checked by content and size on the way in, listed without their bytes. */
@Stateless
@TenantScoped
public class PlanDocumentService {

    /** Ten megabytes: a plan as PDF fits; a video does not belong here. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;
    @Inject
    private AuditLog audit;

    /** {@code declaredSize} is checked before anything is read, so an oversized upload costs no memory. */
    public DocumentLine attachDocument(Tenant tenant, Long actorId, long planId, String fileName, long declaredSize,
                                       InputStream upload) {
        guard.requireRepositoryRole(tenant, actorId, RepositoryRole.ADMINISTRATOR);
        if (declaredSize > MAX_BYTES) {
            throw new PlanRefusedException("plans_edit.document_too_large", "document");
        }
        byte[] content;
        try (InputStream in = upload) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw new PlanRefusedException("plans_edit.document_missing", "document");
        }
        if (content.length > MAX_BYTES) {
            throw new PlanRefusedException("plans_edit.document_too_large", "document");
        }
        DocumentType type = DocumentType.of(content)
                .orElseThrow(() -> new PlanRefusedException("plans_edit.document_type", "document"));
        if (!DocumentType.nameAgrees(fileName, type)) {
            // a PNG called .pdf is a mistake or a trick; either way readers would be misled
            throw new PlanRefusedException("plans_edit.document_mismatch", "document");
        }
        ActionPlan plan = em.createQuery("SELECT p FROM ActionPlan p WHERE p.id = :id", ActionPlan.class)
                .setParameter("id", planId).getResultStream().findFirst()
                .orElseThrow(() -> new PlanNotFoundException(String.valueOf(planId)));
        PlanDocument document = new PlanDocument(plan, safeName(fileName, type), type, content);
        em.persist(document);
        audit.record(tenant, actorId, "plan.document_attached", plan.getSlug(), null,
                document.getFileName() + " (" + type + ", " + content.length + " bytes)");
        return new DocumentLine(document.getId(), document.getFileName(), type, content.length, document.getCreatedAt());
    }

    public List<DocumentLine> listDocuments(Tenant tenant, long planId) {
        return em.createQuery("SELECT NEW org.consulta.plan.DocumentLine(d.id, d.fileName, d.type, d.size, d.createdAt) "
                        + "FROM PlanDocument d WHERE d.plan.id = :plan ORDER BY d.id", DocumentLine.class)
                .setParameter("plan", planId).getResultList();
    }

    /** The document with its bytes, for download; null when there is none with this id in this repository. */
    public PlanDocument download(Tenant tenant, long documentId) {
        return em.createQuery("SELECT d FROM PlanDocument d WHERE d.id = :id", PlanDocument.class)
                .setParameter("id", documentId).getResultStream().findFirst().orElse(null);
    }

    /** Letters, digits, dots, hyphens and underscores, ending with the extension of what it really is. */
    static String safeName(String fileName, DocumentType type) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        base = base.replaceAll("^[-.]+|[-.]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        return (base.length() > 120 ? base.substring(0, 120) : base) + "." + type.extension();
    }
}
