package org.consulta.comment;

import java.io.Serializable;

/**
 * What a participant writes: the section it is about (none for the whole commitment), an optional
 * quoted passage of that section, the text, where they stand, and the language they wrote in.
 */
public class NewComment implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sectionKey;
    private String quote;
    private String body;
    private Alignment alignment;
    private String language;
    /** The token of the form it came from (see {@link Comment}); null when there was no form. */
    private String submission;

    public NewComment() {
    }

    public NewComment(String sectionKey, String quote, String body, Alignment alignment, String language) {
        this.sectionKey = sectionKey;
        this.quote = quote;
        this.body = body;
        this.alignment = alignment;
        this.language = language;
    }

    public String getSectionKey() { return sectionKey; }
    public void setSectionKey(String sectionKey) { this.sectionKey = sectionKey; }
    public String getQuote() { return quote; }
    public void setQuote(String quote) { this.quote = quote; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Alignment getAlignment() { return alignment; }
    public void setAlignment(Alignment alignment) { this.alignment = alignment; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
}
