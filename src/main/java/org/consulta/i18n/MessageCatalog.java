package org.consulta.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The interface bundles, read as ICU MessageFormat patterns. Bundles are loaded without any
 * fallback chain: French never borrows from Spanish or from the JVM's default locale.
 */
@ApplicationScoped
public class MessageCatalog {

    public static final String BASE_NAME = "messages";
    private static final Logger LOG = Logger.getLogger(MessageCatalog.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public MessageCatalog() {
        this(BASE_NAME);
    }

    public MessageCatalog(String baseName) {
        this.baseName = baseName;
    }

    public ResourceBundle bundle(String language) {
        return bundles.computeIfAbsent(language, lang -> ResourceBundle.getBundle(
                baseName, Languages.locale(lang), MessageCatalog.class.getClassLoader(), NO_FALLBACK));
    }

    /** Formats {@code key} in {@code language}; a missing key is logged and shown as {@code ???key???}. */
    public String format(String language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            LOG.warning(() -> "Missing message key " + key + " for " + language);
            return "???" + key + "???";
        }
        return new MessageFormat(pattern, new ULocale(language)).format(args == null ? new Object[0] : args);
    }

    public boolean has(String language, String key) {
        return bundle(language).containsKey(key);
    }
}
