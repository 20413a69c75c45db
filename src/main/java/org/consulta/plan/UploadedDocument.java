package org.consulta.plan;

import org.consulta.kernel.RefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An upload accepted as a document: at most {@link #MAX_BYTES}, of a known type recognised by its
 * bytes, whose name does not claim another type; the name made safe. Plan documents and evidence
 * of progress are checked alike.
 */
public record UploadedDocument(String fileName, DocumentType type, byte[] content) {

    /** Ten megabytes: a plan as PDF fits; a video does not belong here. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** {@code declaredSize} is checked before anything is read, so an oversized upload costs no memory. */
    public static UploadedDocument read(String fileName, long declaredSize, InputStream upload) {
        if (declaredSize > MAX_BYTES) {
            throw new RefusedException("plans_edit.document_too_large", "document");
        }
        byte[] content;
        try (InputStream in = upload) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw new RefusedException("plans_edit.document_missing", "document");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedException("plans_edit.document_too_large", "document");
        }
        DocumentType type = DocumentType.of(content)
                .orElseThrow(() -> new RefusedException("plans_edit.document_type", "document"));
        if (!DocumentType.nameAgrees(fileName, type)) {
            // a PNG called .pdf is a mistake or a trick; either way readers would be misled
            throw new RefusedException("plans_edit.document_mismatch", "document");
        }
        return new UploadedDocument(safeName(fileName, type), type, content);
    }

    /** Letters, digits, dots, hyphens and underscores, ending with the extension of what it really is. */
    static String safeName(String fileName, DocumentType type) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        base = base.replaceAll("^[-.]+|[-.]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        return (base.length() > 120 ? base.substring(0, 120) : base) + "." + type.extension();
    }
}
