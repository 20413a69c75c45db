package org.consulta.comment;

/** One contribution of a consultation report with its response (null when not answered yet). */
public record ReportLine(Comment comment, String reference, String authorName, Response response) {

    public Comment getComment() { return comment; }
    public String getReference() { return reference; }
    public String getAuthorName() { return authorName; }
    public Response getResponse() { return response; }
}
