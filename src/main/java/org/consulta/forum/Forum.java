package org.consulta.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

/** A repository's one multi-stakeholder forum: its remit and its basic rules, public and translatable. */
@Entity
@Table(name = "forum")
public class Forum extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<Forum> MACHINE = MachineFields.<Forum>of("forum")
            .field("remit", e -> e.remit, (e, t) -> e.remit = t)
            .field("rules", e -> e.rules, (e, t) -> e.rules = t);

    @Column(nullable = false)
    private LocalizedText remit;
    @Column(nullable = false)
    private LocalizedText rules;

    protected Forum() {
    }

    Forum(LocalizedText remit, LocalizedText rules) {
        this.remit = remit;
        this.rules = rules;
    }

    void describe(LocalizedText newRemit, LocalizedText newRules) {
        remit = newRemit;
        rules = newRules;
    }

    public LocalizedText getRemit() { return remit; }
    public LocalizedText getRules() { return rules; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
