package org.consulta.comment;

/**
 * A count of a consultation report, by commitment reference and one value (an alignment, a response
 * status), as a query row.
 */
public record ReportCount(String reference, Enum<?> value, Long count) {

    public ReportCount(String reference, Alignment value, Long count) {
        this(reference, (Enum<?>) value, count);
    }

    public ReportCount(String reference, ResponseStatus value, Long count) {
        this(reference, (Enum<?>) value, count);
    }
}
