package org.consulta.forum;

import java.util.Set;
import java.util.Map;
import org.consulta.i18n.MachineTranslatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.TenantOwned;

/** A repository's one multi-stakeholder forum: its remit and its basic rules, public and translatable. */
@Entity
@Table(name = "forum")
public class Forum extends TenantOwned implements MachineTranslatable {

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
    public String machineKind() {
        return "forum";
    }

    @Override
    public Set<String> machineAttributes() {
        return Set.of("remit", "rules");
    }

    @Override
    public Map<String, LocalizedText> machineTexts() {
        return MachineTranslatable.fields("remit", remit, "rules", rules);
    }

    @Override
    public void replaceMachineText(String field, LocalizedText text) {
        switch (field) {
            case "remit" -> remit = text;
            case "rules" -> rules = text;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
