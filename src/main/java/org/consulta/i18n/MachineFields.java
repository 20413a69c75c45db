package org.consulta.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What of an entity the machine translates: its kind of text, and its {@link LocalizedText} fields by name,
 * each with the way to read and replace it. An entity declares one, once, as a constant (see
 * {@link MachineTranslatable#machineFields}).
 */
public final class MachineFields<E> {

    private final String kind;
    private final Set<String> watched;
    private final Map<String, Function<E, LocalizedText>> readers = new LinkedHashMap<>();
    private final Map<String, BiConsumer<E, LocalizedText>> writers = new LinkedHashMap<>();

    private MachineFields(String kind, Set<String> watched) {
        this.kind = kind;
        this.watched = watched;
    }

    /** {@code alsoWatched}: attributes besides the texts whose change calls for the machine (becoming public). */
    public static <E> MachineFields<E> of(String kind, String... alsoWatched) {
        return new MachineFields<>(kind, Set.of(alsoWatched));
    }

    public MachineFields<E> field(String name, Function<E, LocalizedText> read, BiConsumer<E, LocalizedText> write) {
        readers.put(name, read);
        writers.put(name, write);
        return this;
    }

    public String kind() {
        return kind;
    }

    public Set<String> attributes() {
        Set<String> all = new java.util.HashSet<>(watched);
        all.addAll(readers.keySet());
        return all;
    }

    /** The entity's texts by field name, leaving out those never written (null). */
    public Map<String, LocalizedText> texts(E entity) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        readers.forEach((name, read) -> {
            LocalizedText text = read.apply(entity);
            if (text != null) {
                texts.put(name, text);
            }
        });
        return texts;
    }

    public void replace(E entity, String field, LocalizedText text) {
        BiConsumer<E, LocalizedText> write = writers.get(field);
        if (write == null) {
            throw new IllegalArgumentException(field);
        }
        write.accept(entity, text);
    }
}
