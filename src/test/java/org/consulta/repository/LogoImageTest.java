package org.consulta.repository;

import org.consulta.kernel.RefusedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogoImageTest {

    @Test
    void recognisesPngAndJpegByTheirBytes() {
        assertEquals("image/png", LogoImage.check(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}).mediaType());
        assertEquals("image/jpeg", LogoImage.check(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}).mediaType());
    }

    @Test
    void keepsTheDrawingOfAnSvgAndDropsWhatRunsOrReachesOut() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\">"
                + "<script>alert(2)</script><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#0b5394\" onclick=\"x()\"/>"
                + "<image href=\"https://tracker.example/p.png\"/><foreignObject><p>x</p></foreignObject>"
                + "<rect width=\"2\" height=\"2\" style=\"fill:url(https://x)\" fill=\"url(https://x)\"/></svg>";
        String clean = new String(LogoImage.check(svg.getBytes(StandardCharsets.UTF_8)).content(), StandardCharsets.UTF_8);
        assertTrue(clean.contains("<circle") && clean.contains("fill=\"#0b5394\""), clean);
        for (String gone : new String[]{"onload", "script", "onclick", "image", "tracker", "foreignObject", "url(", "style"}) {
            assertFalse(clean.contains(gone), gone + " survived: " + clean);
        }
    }

    @Test
    void dropsProcessingInstructionsAndCommentsAroundTheDrawing() {
        String svg = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"http://evil.test/x.css\"?><!-- hello -->"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><?pi inside?><rect width=\"4\" height=\"4\"/></svg>"
                + "<?after the root?>";
        String kept = new String(LogoImage.check(svg.getBytes(StandardCharsets.UTF_8)).content(), StandardCharsets.UTF_8);
        assertFalse(kept.contains("<?") || kept.contains("evil.test") || kept.contains("<!--"), kept);
        assertTrue(kept.startsWith("<svg") && kept.contains("<rect"), kept);
    }

    @Test
    void refusesWhatIsNotAnImageWhateverItsName() {
        assertEquals("admin_settings.logo_type", assertThrows(RefusedException.class,
                () -> LogoImage.check("%PDF-1.7 not a logo".getBytes(StandardCharsets.UTF_8))).messageKey());
        assertEquals("admin_settings.logo_type", assertThrows(RefusedException.class,
                () -> LogoImage.check("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))).messageKey());
    }

    @Test
    void refusesEntitiesAndOversizedFiles() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assertThrows(RefusedException.class, () -> LogoImage.check(xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals("admin_settings.logo_too_large", assertThrows(RefusedException.class,
                () -> LogoImage.check(new byte[LogoImage.MAX_BYTES + 1])).messageKey());
    }
}
