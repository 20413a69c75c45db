package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MachineFieldsTest {

    /** A stand-in entity with two texts, one never written. */
    static final class Item {
        LocalizedText title = LocalizedText.original("fr", "Titre");
        LocalizedText notes;
    }

    private static final MachineFields<Item> FIELDS = MachineFields.<Item>of("plans", "stage")
            .field("title", i -> i.title, (i, t) -> i.title = t)
            .field("notes", i -> i.notes, (i, t) -> i.notes = t);

    @Test
    void readsTheWrittenTextsAndReplacesOneByName() {
        Item item = new Item();
        assertEquals(List.of("title"), List.copyOf(FIELDS.texts(item).keySet()), "a text never written is left out");
        LocalizedText translated = item.title.withMachine("es", "Titre", "Título");
        FIELDS.replace(item, "title", translated);
        assertSame(translated, item.title);
        assertThrows(IllegalArgumentException.class, () -> FIELDS.replace(item, "nothing", translated));
    }

    @Test
    void watchesItsTextsAndWhatMakesItPublic() {
        assertEquals(Set.of("title", "notes", "stage"), FIELDS.attributes());
        assertEquals("plans", FIELDS.kind());
    }
}
