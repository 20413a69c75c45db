package org.consulta.comment;

import org.consulta.commitment.Commitment;
import org.consulta.commitment.Section;
import org.consulta.kernel.RefusedException;

/**
 * What a comment may say it is about: a section of the version commented (by key) and, optionally, a
 * passage quoted from that section, found in its text whatever the spacing; a quote needs a section.
 */
final class Quoting {

    static final int MAX_QUOTE = 1000;

    private Quoting() {
    }

    /** The quote as stored (null for none), or refused, naming the field at fault. */
    static String checked(Commitment commitment, String sectionKey, String typedQuote) {
        String quote = blankToNull(typedQuote);
        if (sectionKey == null) {
            if (quote != null) {
                throw new RefusedException("comment.refused.quote", "quote");
            }
            return null;
        }
        Section section = commitment.getCurrentVersion().getContent().section(sectionKey)
                .orElseThrow(() -> new RefusedException("comment.refused.unknown_section", "section"));
        if (quote != null && (quote.length() > MAX_QUOTE || !normalised(section.text()).contains(normalised(quote)))) {
            throw new RefusedException("comment.refused.quote", "quote");
        }
        return quote;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
