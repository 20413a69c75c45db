package org.consulta.plan;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents are recognised by their bytes; names only have to agree with them. */
class DocumentTypeTest {

    @Test
    void signaturesAndZipContentsDecideTheType() throws IOException {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}));
        assertEquals(Optional.of(DocumentType.ODT), DocumentType.of(zip("mimetype", "application/vnd.oasis.opendocument.text")));
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
        assertEquals(Optional.empty(), DocumentType.of(zip("evil.sh", "rm -rf /")), "any other zip is refused");
        assertEquals(Optional.empty(), DocumentType.of("<html><script>".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A DOCX whose one part inflates past the budget is refused, whatever it names, after reading only that much. */
    @Test
    void aZipBombIsRefusedWithoutInflatingItWhole() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= DocumentType.MAX_INFLATED; written += zeros.length) {
                zip.write(zeros);
            }
        }
        assertTrue(bytes.size() < 2 * 1024 * 1024, "small on the wire: " + bytes.size());
        assertEquals(Optional.empty(), DocumentType.of(bytes.toByteArray()));

        java.io.ByteArrayOutputStream many = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(many)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            for (int i = 0; i < DocumentType.MAX_ENTRIES; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("e" + i));
            }
        }
        assertEquals(Optional.empty(), DocumentType.of(many.toByteArray()), "too many entries");
    }

    @Test
    void aNameMayNotClaimAnotherKnownType() {
        assertFalse(DocumentType.nameAgrees("plan.pdf", DocumentType.PNG));
        assertTrue(DocumentType.nameAgrees("photo.JPEG", DocumentType.JPEG));
        assertTrue(DocumentType.nameAgrees("scan", DocumentType.PDF), "no extension: the content decides");
        assertEquals("rapport-final.pdf", UploadedDocument.safeName("C:\\\\temp\\\\rapport final.exe", DocumentType.PDF));
        assertEquals("document.png", UploadedDocument.safeName("...", DocumentType.PNG));
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
