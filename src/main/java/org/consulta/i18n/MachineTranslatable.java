package org.consulta.i18n;

import java.util.Map;
import java.util.Set;

/**
 * A {@link MachineTranslated} entity whose texts are {@link LocalizedText} fields of its own, named by its
 * {@link MachineFields}: the machine and the reviewers read and replace them here, by field name.
 */
public interface MachineTranslatable extends MachineTranslated {

    /** The entity's fields for the machine; a constant of the entity's class. */
    MachineFields<?> machineFields();

    /** Whether the public may read it now: only then does the machine translate it unasked. */
    default boolean isMachinePublic() {
        return true;
    }

    @Override
    default String machineKind() {
        return machineFields().kind();
    }

    @Override
    default Set<String> machineAttributes() {
        return machineFields().attributes();
    }

    /** Its translatable texts by field name, each with its original. */
    default Map<String, LocalizedText> machineTexts() {
        return self().texts(this);
    }

    /** Replaces the texts of one field named by {@link #machineTexts} (a translation came or was reviewed). */
    default void replaceMachineText(String field, LocalizedText text) {
        self().replace(this, field, text);
    }

    @SuppressWarnings("unchecked")
    private MachineFields<Object> self() {
        return (MachineFields<Object>) machineFields();
    }
}
