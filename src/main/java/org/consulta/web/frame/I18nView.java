package org.consulta.web.frame;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.i18n.ContentLabel;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MessageCatalog;
import org.consulta.i18n.ShownText;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * Interface text for views, in the page's language: {@code #{i18n.text('key')}},
 * {@code #{i18n.format('plans_show.commitments', n)}} (ICU plurals and numbers), dates, and user content
 * with {@code #{i18n.show(text)}}.
 */
@Named("i18n")
@RequestScoped
public class I18nView {

    @Inject
    private MessageCatalog catalog;
    @Inject
    private CurrentPage page;

    public String getLanguage() {
        return page.getLanguage();
    }

    public String text(String key) {
        return catalog.format(page.getLanguage(), key);
    }

    public String format(String key, Object... args) {
        return catalog.format(page.getLanguage(), key, args);
    }

    public String date(LocalDate date) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, new ULocale(page.getLanguage()));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** A month and its year, "novembre 2026", as the reader's language writes it. */
    public String month(java.time.YearMonth month) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", new ULocale(page.getLanguage()));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** A moment, with date and time in the reader's conventions, on the repository's clock (UTC outside repositories). */
    public String instant(java.time.Instant instant) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, new ULocale(page.getLanguage()));
        format.setTimeZone(page.isInRepository()
                ? com.ibm.icu.util.TimeZone.getTimeZone(page.getRepository().zone().getId())
                : com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(instant));
    }

    /** The name of a language in that language, as a switcher shows it. */
    public String languageName(String code) {
        return catalog.format(page.getLanguage(), "language." + code);
    }

    /** User content for this reader: their language, else the repository's fallback order, else the original. */
    public ShownText show(LocalizedText text) {
        List<String> order = page.isInRepository() ? page.fallbackOrder() : List.of(page.getLanguage());
        return text.show(page.getLanguage(), order).orElse(new ShownText("", page.getLanguage(), null));
    }

    /** Whether a reader must be told something about this text: its language, its maker or its age. */
    public boolean needsLabel(ShownText shown) {
        return shown != null && shown.status() != null && shown.label(page.getLanguage()) != ContentLabel.NONE;
    }

    public String label(ShownText shown) {
        ContentLabel label = shown.label(page.getLanguage());
        return format("content.label." + label.name(), inText(shown.language()), inText(page.getLanguage()));
    }

    /** A language's name as it reads inside a sentence ("espagnol", "Spanish"). */
    public String inText(String code) {
        return catalog.format(page.getLanguage(), "language_name." + code);
    }
}
