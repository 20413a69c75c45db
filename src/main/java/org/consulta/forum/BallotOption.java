package org.consulta.forum;

import java.util.Set;
import java.util.Map;
import org.consulta.i18n.MachineTranslatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.TenantOwned;

/** One option of a ballot, in its place; a free text per language, or a draft commitment's title. */
@Entity
@Table(name = "ballot_option")
public class BallotOption extends TenantOwned implements MachineTranslatable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ballot_id", nullable = false, updatable = false)
    private Ballot ballot;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false)
    private LocalizedText label;
    @Column(name = "commitment_id", updatable = false)
    private Long commitmentId;

    protected BallotOption() {
    }

    BallotOption(Ballot ballot, int position, LocalizedText label, Long commitmentId) {
        this.ballot = ballot;
        this.position = position;
        this.label = label;
        this.commitmentId = commitmentId;
    }

    public int getPosition() { return position; }
    public LocalizedText getLabel() { return label; }
    public Long getCommitmentId() { return commitmentId; }

    @Override
    public String machineKind() {
        return "forum";
    }

    @Override
    public Set<String> machineAttributes() {
        return Set.of("label");
    }

    @Override
    public Map<String, LocalizedText> machineTexts() {
        return MachineTranslatable.fields("label", label);
    }

    @Override
    public void replaceMachineText(String field, LocalizedText text) {
        switch (field) {
            case "label" -> label = text;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
