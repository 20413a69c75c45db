package org.consulta.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorting by a language's rules (é next to e in French, ñ after n in Spanish), never by code point. */
public final class Collation {

    private Collation() {
    }

    public static <T> List<T> sorted(List<T> items, Function<T, String> key, String language) {
        Collator collator = Collator.getInstance(new ULocale(language));
        return items.stream().sorted(Comparator.comparing(key, collator)).toList();
    }
}
