package org.consulta.plan;

import org.consulta.kernel.FileSignature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document a plan may carry, recognised by their bytes, never by their name: PDF, PNG
 * and JPEG by their signatures; ODT by the {@code mimetype} entry OpenDocument puts first in its zip;
 * DOCX by a zip holding {@code [Content_Types].xml} and a {@code word/document.xml}.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    /** What a real text document inflates to at most; a 2 GiB bomb is refused after reading this much. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** False when the name ends with the extension of another known type; unknown or no extension agrees. */
    public static boolean nameAgrees(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (extension.equals("jpeg")) {
            extension = "jpg";
        }
        for (DocumentType known : values()) {
            if (known.extension.equals(extension)) {
                return known == type;
            }
        }
        return true;
    }

    public static Optional<DocumentType> of(byte[] content) {
        if (FileSignature.PDF.matches(content)) {
            return Optional.of(PDF);
        }
        if (FileSignature.PNG.matches(content)) {
            return Optional.of(PNG);
        }
        if (FileSignature.JPEG.matches(content)) {
            return Optional.of(JPEG);
        }
        if (FileSignature.ZIP.matches(content)) {
            return zipped(content);
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> zipped(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry != null && entry.getName().equals("mimetype")
                    && new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).equals(ODT_MIMETYPE)) {
                return Optional.of(ODT);
            }
            // each entry is read here, counted, before the next: a zip bomb stops at the budget instead of
            // being inflated whole by getNextEntry() skipping it
            long inflated = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int i = 0; entry != null; i++, entry = zip.getNextEntry()) {
                if (i >= MAX_ENTRIES) {
                    return Optional.empty();
                }
                names.add(entry.getName());
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml") ? Optional.of(DOCX) : Optional.empty();
    }
}
