package org.consulta.translation;

/**
 * A text cut into its paragraphs (lines) for the machine, and put back together with the same line
 * breaks and blank lines, so that a translation keeps the structure of its original.
 */
final class Paragraphs {

    /** Translates one paragraph from one language to another. */
    interface Step {
        String apply(String paragraph, String from, String to);
    }

    private Paragraphs() {
    }

    static String map(String text, String from, String to, Step step) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String body = line.strip();
            if (!body.isEmpty()) {
                int start = line.indexOf(body.charAt(0));
                out.append(line, 0, start).append(step.apply(body, from, to).strip())
                        .append(line.substring(start + body.length()));
            } else {
                out.append(line);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
