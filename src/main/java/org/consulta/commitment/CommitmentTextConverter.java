package org.consulta.commitment;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a {@link CommitmentText} as one JSON document: a version is one row whatever its number of
 * sections and milestones, so showing it costs one statement.
 */
@Converter
public class CommitmentTextConverter implements AttributeConverter<CommitmentText, String> {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(CommitmentText text) {
        if (text == null) {
            return null;
        }
        JsonArrayBuilder sections = JSON.createArrayBuilder();
        for (Section s : text.sections()) {
            sections.add(JSON.createObjectBuilder().add("k", s.key()).add("f", s.field()).add("t", s.text()));
        }
        JsonArrayBuilder milestones = JSON.createArrayBuilder();
        for (Milestone m : text.milestones()) {
            milestones.add(JSON.createObjectBuilder().add("k", m.key())
                    .add("s", m.start().toString()).add("e", m.end().toString()));
        }
        return JSON.createObjectBuilder().add("lang", text.language()).add("contact", text.contact())
                .add("sections", sections).add("milestones", milestones).build().toString();
    }

    @Override
    public CommitmentText convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<Section> sections = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (JsonObject s : root.getJsonArray("sections").getValuesAs(JsonObject.class)) {
                String field = s.getString("f");
                int position = (int) fields.stream().filter(field::equals).count();
                fields.add(field);
                sections.add(new Section(s.getString("k"), field, position, s.getString("t")));
            }
            List<Milestone> milestones = new ArrayList<>();
            for (JsonObject m : root.getJsonArray("milestones").getValuesAs(JsonObject.class)) {
                milestones.add(new Milestone(m.getString("k"), LocalDate.parse(m.getString("s")), LocalDate.parse(m.getString("e"))));
            }
            return new CommitmentText(root.getString("lang"), sections, milestones, root.getString("contact", ""));
        }
    }
}
