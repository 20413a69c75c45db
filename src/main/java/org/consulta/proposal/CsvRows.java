package org.consulta.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values as spreadsheets save them: quoted fields may hold commas, quotes
 * (doubled) and line breaks; a UTF-8 byte-order mark and CRLF line ends are accepted. Each row keeps the
 * number of the line it starts on, for messages people can find in their file.
 */
final class CsvRows {

    record Row(int line, List<String> fields) {
    }

    private CsvRows() {
    }

    /** The rows, blank lines left out; {@link UnclosedQuote} if a quoted field never closes. */
    static List<Row> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, fields, field, rowLine);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(rowLine);
        }
        end(rows, fields, field, rowLine);
        return rows;
    }

    private static void end(List<Row> rows, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            rows.add(new Row(line, fields));
        }
    }

    /** A quote opened on {@code line} and never closed: nothing after it can be read. */
    static final class UnclosedQuote extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        UnclosedQuote(int line) {
            super("unclosed quote on line " + line);
            this.line = line;
        }
    }
}
