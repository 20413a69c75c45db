package org.consulta.plan;

import java.util.Set;
import java.util.Map;
import org.consulta.i18n.MachineTranslatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.TenantOwned;

/** A policy area of the repository's own list (open contracting, justice…), tagging commitments. */
@Entity
@Table(name = "policy_area")
public class PolicyArea extends TenantOwned implements MachineTranslatable {

    @Column(nullable = false)
    private LocalizedText name;

    protected PolicyArea() {
    }

    public PolicyArea(LocalizedText name) {
        this.name = name;
    }

    void rename(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getName() {
        return name;
    }

    @Override
    public String machineKind() {
        return "plans";
    }

    @Override
    public Set<String> machineAttributes() {
        return Set.of("name");
    }

    @Override
    public Map<String, LocalizedText> machineTexts() {
        return MachineTranslatable.fields("name", name);
    }

    @Override
    public void replaceMachineText(String field, LocalizedText text) {
        switch (field) {
            case "name" -> name = text;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
