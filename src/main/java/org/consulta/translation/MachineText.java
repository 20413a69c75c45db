package org.consulta.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/**
 * A machine translation no person has reviewed yet: one text of one item in one language. The review
 * queue and the dashboard's counts read these rows; the machine adds them, accepting or correcting removes
 * them, and the machine drops those whose text a person has since written. A rejected one stays, marked
 * with the original it translated, so that the machine does not make it again until asked or the original
 * changes.
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
    @Column(nullable = false)
    private boolean rejected;
    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected MachineText() {
    }

    MachineText(String entityName, long entityId, String textKey, String language) {
        this.entityName = entityName;
        this.entityId = entityId;
        this.textKey = textKey;
        this.language = language;
    }

    /** A person rejected the machine's translation of {@code source}. */
    void rejected(String source) {
        rejected = true;
        sourceHash = hash(source);
    }

    /** The machine translated it again (asked to): back in the queue. */
    void madeAgain() {
        rejected = false;
        sourceHash = null;
    }

    /** Whether a person rejected the machine's translation of exactly this original. */
    boolean rejects(String source) {
        return rejected && hash(source).equals(sourceHash);
    }

    static String hash(String source) {
        return org.consulta.kernel.Sha256.hex(source);
    }

    public boolean isRejected() { return rejected; }
    public String getEntityName() { return entityName; }
    public Long getEntityId() { return entityId; }
    public String getTextKey() { return textKey; }
    public String getLanguage() { return language; }
}
