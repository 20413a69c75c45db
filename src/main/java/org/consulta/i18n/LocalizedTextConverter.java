package org.consulta.i18n;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a {@link LocalizedText} as one JSON column, {@code {"fr":{"t":"…","s":"ORIGINAL"}}}: one
 * column per field, no join per language, identical on H2 and PostgreSQL.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        JsonObjectBuilder root = JSON.createObjectBuilder();
        if (text != null) {
            text.asMap().forEach((lang, t) -> {
                JsonObjectBuilder value = JSON.createObjectBuilder().add("t", t.text()).add("s", t.status().name());
                if (t.outdated()) {
                    value.add("o", true);
                }
                if (t.reviewedBy() != null) {
                    value.add("b", t.reviewedBy()).add("a", t.reviewedAt().toString());
                }
                root.add(lang, value);
            });
        }
        return root.build().toString();
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return LocalizedText.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            Map<String, Translation> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : root.entrySet()) {
                JsonObject value = e.getValue().asJsonObject();
                map.put(e.getKey(), new Translation(value.getString("t"), TranslationStatus.valueOf(value.getString("s")),
                        value.getBoolean("o", false), value.containsKey("b") ? value.getJsonNumber("b").longValue() : null,
                        value.containsKey("a") ? java.time.Instant.parse(value.getString("a")) : null));
            }
            return LocalizedText.of(map);
        }
    }
}
