package org.consulta.proposal;

/** What is wrong with one line of an uploaded file: its number, the column (null: the whole line) and the reason's key. */
public record LineProblem(int line, String column, String key) {

    public int getLine() { return line; }
    public String getColumn() { return column; }
    public String getKey() { return key; }
}
