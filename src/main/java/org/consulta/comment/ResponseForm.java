package org.consulta.comment;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** A response as a responder types it: status, institution, and the reasoning per language (one original). */
public class ResponseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ResponseStatus status;
    private String institution;
    private String originalLanguage;
    private final Map<String, String> reasoning = new HashMap<>();

    public ResponseStatus getStatus() { return status; }
    public void setStatus(ResponseStatus status) { this.status = status; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public Map<String, String> getReasoning() { return reasoning; }
}
