package org.consulta.web.frame;

import java.util.HashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One form per item of a list (a reply box per comment, a block form per account), made the first
 * time the page asks for it, so EL's {@code #{bean.forms[item.id].field}} binds without set-up.
 * (OmniFaces has no such map; {@code Components} finds components, not per-row form objects.)
 */
public final class FormsByKey<K, V> extends HashMap<K, V> {

    private static final long serialVersionUID = 1L;
    private final transient Function<K, V> first;

    /** Forms that start blank. */
    public FormsByKey(Supplier<V> blank) {
        this(key -> blank.get(), true);
    }

    private FormsByKey(Function<K, V> first, boolean keyed) {
        this.first = first;
    }

    /** Forms whose first content depends on the item (an edit box showing the text it edits). */
    public static <K, V> FormsByKey<K, V> filledBy(Function<K, V> first) {
        return new FormsByKey<>(first, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return computeIfAbsent((K) key, first);
    }
}
