package org.consulta.api;

import jakarta.json.JsonObject;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.opendata.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the API shapes a row for a reader, and its cursors. */
class TranslatedTest {

    private static final List<String> LANGUAGES = List.of("es", "fr", "en");

    @Test
    void aTranslatedFieldIsGivenInTheReadersLanguageOrItsOriginalSayingSo() {
        LocalizedText title = LocalizedText.original("es", "Contratación abierta").with("fr", "Commande publique ouverte", TranslationStatus.MACHINE);
        Row row = new Row().with("id", 7L).with("response_status", "ACCEPTED").translated("title", title, LANGUAGES);
        JsonObject french = Translated.of(row, "fr", LANGUAGES);
        assertEquals("Commande publique ouverte", french.getJsonObject("title").getString("value"));
        assertEquals("MACHINE", french.getJsonObject("title").getString("status"));
        JsonObject english = Translated.of(row, "en", LANGUAGES);
        assertEquals("Contratación abierta", english.getJsonObject("title").getString("value"));
        assertEquals("es", english.getJsonObject("title").getString("language"));
        assertEquals("ORIGINAL", english.getJsonObject("title").getString("status"));
        assertEquals(7, english.getJsonNumber("id").longValue());
        assertEquals("ACCEPTED", english.getString("response_status"), "a plain column that merely ends in _status");
        assertEquals(3, english.size(), "id, response_status, title: the per-language columns are folded");
    }

    @Test
    void cursorsRoundTripAndForeignOnesAreRefused() {
        assertEquals(123456789L, RepositoryResource.after(RepositoryResource.cursor(123456789L)));
        assertEquals(0, RepositoryResource.after(null));
        assertEquals("api.bad_cursor", assertThrows(ApiRefusedException.class, () -> RepositoryResource.after("!!")).messageKey());
        assertEquals("api.bad_cursor", assertThrows(ApiRefusedException.class,
                () -> RepositoryResource.after(java.util.Base64.getUrlEncoder().encodeToString("x42".getBytes()))).messageKey());
    }
}
