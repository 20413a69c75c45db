package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.io.InputStream;
import java.util.List;

/** Documents attached to plans: checked by content and size on the way in, listed without their bytes. */
@Stateless
@TenantScoped
public class PlanDocumentService {

    public static final long MAX_BYTES = UploadedDocument.MAX_BYTES;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;

    /** {@code declaredSize} is checked before anything is read, so an oversized upload costs no memory. */
    public DocumentLine attachDocument(Tenant tenant, Long actorId, long planId, String fileName, long declaredSize,
                                       InputStream upload) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        UploadedDocument checked = UploadedDocument.read(fileName, declaredSize, upload);
        DocumentType type = checked.type();
        byte[] content = checked.content();
        ActionPlan plan = em.createQuery("SELECT p FROM ActionPlan p WHERE p.id = :id", ActionPlan.class)
                .setParameter("id", planId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("plan " + planId));
        PlanDocument document = new PlanDocument(plan, checked.fileName(), type, content);
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
}
