package org.consulta.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/**
 * A machine translation no person has reviewed yet: one text of one item in one language. The review
 * queue and the dashboard's counts read these rows; the machine adds them, reviewing removes them, and
 * the machine drops those whose text a person has since written.
 */
@Entity
@Table(name = "machine_text")
public class MachineText extends TenantOwned {

    @Column(name = "entity_name", nullable = false, length = 60)
    private String entityName;
    @Column(name = "entity_id", nullable = false)
    private Long entityId;
    @Column(name = "text_key", nullable = false, length = 60)
    private String textKey;
    @Column(nullable = false, length = 8)
    private String language;

    protected MachineText() {
    }

    MachineText(String entityName, long entityId, String textKey, String language) {
        this.entityName = entityName;
        this.entityId = entityId;
        this.textKey = textKey;
        this.language = language;
    }

    public String getEntityName() { return entityName; }
    public Long getEntityId() { return entityId; }
    public String getTextKey() { return textKey; }
    public String getLanguage() { return language; }
}
