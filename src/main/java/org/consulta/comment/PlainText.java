package org.consulta.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's plain text as HTML: everything escaped, line breaks kept, and web addresses made
 * into links that tell search engines and the browser they are user content.
 */
public final class PlainText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private PlainText() {
    }

    public static String html(String text) {
        String escaped = escape(text == null ? "" : text);
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + m.group() + "\" rel=\"nofollow ugc noopener noreferrer\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString().replace("\n", "<br/>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> { }
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
