package org.consulta.plan;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/**
 * A document attached to a plan (the plan itself as PDF, a methodology, minutes): its type was
 * recognised from its content; its name is kept only to be offered back on download.
 */
@Entity
@Table(name = "plan_document")
public class PlanDocument extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DocumentType type;

    @Column(name = "byte_size", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected PlanDocument() {
    }

    PlanDocument(ActionPlan plan, String fileName, DocumentType type, byte[] content) {
        this.plan = plan;
        this.fileName = fileName;
        this.type = type;
        this.size = content.length;
        this.content = content;
    }

    public ActionPlan getPlan() { return plan; }
    public String getFileName() { return fileName; }
    public DocumentType getType() { return type; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
}
