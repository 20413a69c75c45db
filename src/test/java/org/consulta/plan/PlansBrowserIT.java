package org.consulta.plan;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator writes a plan and a commitment in French, publishes two versions and translates it
 * into Spanish side by side; a visitor reading in Spanish first sees the French original, labelled,
 * then Spanish, and compares the two versions. axe-core checks every page on the way.
 */
class PlansBrowserIT extends AgainstDeployedWar {

    private static final String PASSWORD = "trois petits chats gris sur le toit";

    @Test
    void aCommitmentIsWrittenInFrenchVersionedTranslatedAndComparedInSpanish() throws Exception {
        String slug = "ville-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville d’essai");
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, "Camille Admin", PASSWORD, false, "fr");
        TestDatabase.grant(email, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, PASSWORD, "Camille Admin");
        browser.get(repo + "admin/plans");
        assertAccessible(browser);
        BackOffice.createPlan(browser, repo, "2026-2027", "Plan d’action 2026–2027");
        assertAccessible(browser);

        browser.findElement(By.linkText("Modifier le plan")).click();
        awaitText(browser, "Documents du plan");
        java.nio.file.Path fakePdf = java.nio.file.Files.createTempFile("plan", ".pdf");
        java.nio.file.Files.write(fakePdf, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13});
        upload(fakePdf);
        awaitText(browser, "Le contenu du fichier ne correspond pas à son nom");
        assertAccessible(browser);
        java.nio.file.Path huge = java.nio.file.Files.createTempFile("annexes", ".pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            file.setLength(20L * 1024 * 1024);
        }
        upload(huge);
        awaitText(browser, "Ce fichier est trop volumineux");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(60L * 1024 * 1024); // over what the container itself takes
        }
        upload(huge);
        awaitText(browser, "Revenir au formulaire");
        assertAccessible(browser);
        browser.findElement(By.linkText("Revenir au formulaire")).click();
        awaitText(browser, "Documents du plan");
        java.nio.file.Files.deleteIfExists(huge);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("plan-2026", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
        upload(pdf);
        awaitText(browser, "Le document a été joint au plan.");
        String link = browser.findElement(By.cssSelector("a[href*='/documents/']")).getAttribute("href");
        Browser.assertPdfAttachment(link);
        browser.get(repo + "plans/2026-2027/");
        awaitText(browser, "Documents");

        browser.findElement(By.linkText("Ajouter un engagement")).click();
        awaitText(browser, "Nouvel engagement");
        browser.findElement(By.id("draft:save")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        String error = browser.findElement(By.cssSelector(".field-error")).getText();
        assertFalse(error.isBlank() || error.contains("must"), "a French message next to the field: " + error);
        assertTrue(browser.findElements(By.linkText("C1")).isEmpty());
        BackOffice.fillCommitment(browser, "Registre ouvert des marchés",
                "Les marchés publics sont difficiles à suivre.\n\nLes données sont dispersées.",
                "Publier chaque semestre les marchés en données ouvertes.", 3);
        assertEquals(3, browser.findElements(By.cssSelector("input[id$=':deliverable']")).size(), "three rows for milestones");
        assertAccessible(browser);
        browser.findElement(By.id("draft:save")).click();
        awaitText(browser, "L’engagement a été créé comme projet.");
        browser.findElement(By.id("publish:publish")).click();
        awaitText(browser, "Version 1 sur 1");
        assertAccessible(browser);
        String commitmentUrl = browser.getCurrentUrl();

        browser.findElement(By.linkText("Modifier le projet")).click();
        awaitText(browser, "Projet de C1");
        WebElement description = browser.findElement(By.id("draft:description"));
        description.clear();
        description.sendKeys("Publier chaque trimestre les marchés et leurs avenants en données ouvertes.");
        browser.findElement(By.id("draft:save")).click();
        awaitText(browser, "Le projet a été enregistré.");
        browser.findElement(By.id("publish:note")).sendKeys("Publication trimestrielle");
        browser.findElement(By.id("publish:publish")).click();
        awaitText(browser, "Version 2 sur 2");
        assertAccessible(browser);

        WebDriver visitor = Browser.open("es");
        try {
            String spanishUrl = commitmentUrl.replace("/fr/r/", "/es/r/");
            visitor.get(spanishUrl);
            String page = awaitText(visitor, "Registre ouvert des marchés");
            assertTrue(page.contains("Se muestra en francés: aún no hay traducción al español"), page);
            assertEquals("fr", visitor.findElement(By.cssSelector("h1 span[lang]")).getAttribute("lang"));
            assertAccessible(visitor);

            browser.findElement(By.linkText("Traduire")).click();
            awaitText(browser, "Traduire C1");
            assertAccessible(browser);
            List<WebElement> targets = browser.findElements(By.cssSelector("textarea[id$=':target']"));
            targets.get(0).sendKeys("Registro abierto de contratos");
            targets.get(3).sendKeys("Publicar cada trimestre los contratos y sus modificaciones en datos abiertos.");
            browser.findElement(By.id("translation:save")).click();
            awaitText(browser, "Les traductions ont été enregistrées.");

            browser.get(repo + "admin/policy-areas");
            awaitText(browser, "Nouveau domaine d’action");
            browser.findElements(By.cssSelector("#new-area input[id$=':name']")).get(0).sendKeys("Commande publique");
            browser.findElement(By.id("new-area:add")).click();
            awaitText(browser, "Le domaine d’action a été ajouté.");
            assertAccessible(browser);
            browser.get(repo + "admin/translations");
            awaitText(browser, "Textes à traduire ou à revoir, par langue");
            assertAccessible(browser);

            visitor.navigate().refresh();
            awaitText(visitor, "Registro abierto de contratos");
            assertEquals("es", visitor.findElement(By.cssSelector("h1 span[lang]")).getAttribute("lang"));
            assertTrue(visitor.findElements(By.cssSelector("h1 .translation-label")).isEmpty(), "Spanish needs no label");
            assertAccessible(visitor);

            visitor.findElement(By.id("search-q")).sendKeys("contratos");
            visitor.findElement(By.cssSelector("form.search-box button")).click();
            awaitText(visitor, "1 resultado para «contratos»");
            assertAccessible(visitor);
            visitor.findElement(By.partialLinkText("Registro abierto de contratos")).click();
            awaitText(visitor, "Versión 2 de 2");

            new Select(visitor.findElement(By.id("pick-from"))).selectByValue("1");
            new Select(visitor.findElement(By.id("pick-to"))).selectByValue("2");
            visitor.findElement(By.cssSelector("form[action$='/compare'] button")).click();
            awaitText(visitor, "C1: versión 1 comparada con la versión 2");
            String removed = visitor.findElement(By.cssSelector(".diff del")).getText();
            String added = visitor.findElement(By.cssSelector(".diff ins")).getText();
            assertTrue(removed.contains("semestre"), removed);
            assertTrue(added.contains("trimestre"), added);
            assertFalse(visitor.findElements(By.cssSelector(".diff-CHANGED")).isEmpty());
            assertAccessible(visitor);
        } finally {
            visitor.quit();
        }
    }

    private void upload(java.nio.file.Path file) {
        browser.findElement(By.id("documents:document")).sendKeys(file.toString());
        browser.findElement(By.id("documents:attach")).click();
    }

}
