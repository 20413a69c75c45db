package org.consulta.i18n;

import java.util.Map;

/**
 * A {@link MachineTranslated} entity whose texts are {@link LocalizedText} fields of its own: the machine
 * and the reviewers read and replace them here, by field name.
 */
public interface MachineTranslatable extends MachineTranslated {

    /** Whether the public may read it now: only then does the machine translate it unasked. */
    default boolean isMachinePublic() {
        return true;
    }

    /** Its translatable texts by field name, each with its original. */
    Map<String, LocalizedText> machineTexts();

    /** Replaces the texts of one field named by {@link #machineTexts} (a translation came or was reviewed). */
    void replaceMachineText(String field, LocalizedText text);

    /** The texts named in {@code namesAndTexts} (name, text, name, text…), leaving out those never written (null). */
    static Map<String, LocalizedText> fields(Object... namesAndTexts) {
        Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            if (namesAndTexts[i + 1] instanceof LocalizedText text) {
                texts.put((String) namesAndTexts[i], text);
            }
        }
        return texts;
    }
}
