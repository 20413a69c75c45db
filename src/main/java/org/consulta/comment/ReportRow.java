package org.consulta.comment;

/** A top-level contribution of a consultation with its commitment's reference and its response (or none), as a query row. */
public record ReportRow(Comment comment, String reference, Response response) {
}
