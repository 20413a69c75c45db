package org.consulta.tracking;

import org.consulta.plan.UploadedDocument;

/** What supports a status change: a public link (http or https), a checked document, or both. */
public record Evidence(String url, UploadedDocument document) {

    public static final Evidence NONE = new Evidence(null, null);

    public boolean isPresent() {
        return url != null || document != null;
    }
}
