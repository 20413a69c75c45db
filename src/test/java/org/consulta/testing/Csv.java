package org.consulta.testing;

import java.util.List;

/** Reads CSV back in tests, as a spreadsheet would. */
public final class Csv {

    private Csv() {
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF between records. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return rows;
    }
}
