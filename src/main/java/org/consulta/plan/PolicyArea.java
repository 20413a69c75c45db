package org.consulta.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

/** A policy area of the repository's own list (open contracting, justice…), tagging commitments. */
@Entity
@Table(name = "policy_area")
public class PolicyArea extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<PolicyArea> MACHINE = MachineFields.<PolicyArea>of("plans")
            .field("name", e -> e.name, (e, t) -> e.name = t);

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
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
