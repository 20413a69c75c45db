package org.consulta;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.consulta.Browser.assertAccessible;
import static org.consulta.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator schedules a consultation (confirming a short notice); a citizen reading in Spanish
 * comments, with the keyboard only, on the second paragraph of a French commitment, quoting it; the
 * administrator sees it labelled as Spanish, replies, supports it and answers "partly accepted" with
 * reasons in French and Spanish; the citizen is mailed in Spanish and reads the response in Spanish.
 * axe-core checks every page.
 */
class ConsultationBrowserIT extends AgainstDeployedWar {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension MAIL = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "une consultation ouverte à tous";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void aCitizenCommentsOnASectionWithTheKeyboardAndTheAdministratorReplies() throws Exception {
        String slug = "cons-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville consultée");
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String citizen = "citoyenne-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(admin, "Alix Admin", PASSWORD, false, "fr");
        TestDatabase.createAccount(citizen, "Lucía Ciudadana", PASSWORD, false, "es");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        BackOffice.createPlan(browser, repo, "2026-2027", "Plan d’action 2026–2027");
        browser.findElement(By.linkText("Ajouter un engagement")).click();
        awaitText(browser, "Nouvel engagement");
        BackOffice.fillCommitment(browser, "Registre ouvert des marchés",
                "Les marchés publics sont difficiles à suivre.\n\nLes avenants ne sont jamais publiés.",
                "Publier les marchés en données ouvertes.", 1);
        browser.findElement(By.id("draft:save")).click();
        awaitText(browser, "L’engagement a été créé comme projet.");
        browser.findElement(By.id("publish:publish")).click();
        awaitText(browser, "Version 1 sur 1");
        String commitmentUrl = browser.getCurrentUrl();

        browser.get(repo + "plans/2026-2027/consult");
        awaitText(browser, "Programmer une consultation publique");
        assertAccessible(browser);
        browser.findElements(By.cssSelector("#consultation input[id$=':title']")).get(0).sendKeys("Consultation sur le registre");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        BackOffice.date(browser, browser.findElement(By.id("consultation:opens")), now.minusHours(1).format(LOCAL));
        BackOffice.date(browser, browser.findElement(By.id("consultation:closes")), now.plusDays(10).format(LOCAL));
        browser.findElement(By.id("consultation:schedule")).click();
        awaitText(browser, "préavis plus court que le minimum");
        assertAccessible(browser);
        browser.findElement(By.id("consultation:shortNotice")).click();
        browser.findElement(By.id("consultation:schedule")).click();
        awaitText(browser, "La consultation est programmée.");

        WebDriver lucia = Browser.open("es");
        try {
            BackOffice.signIn(lucia, base.toString(), citizen, PASSWORD, "Lucía Ciudadana");
            lucia.get(commitmentUrl.replace("/fr/r/", "/es/r/"));
            awaitText(lucia, "está abierta");
            assertAccessible(lucia);
            WebElement section = lucia.findElement(By.id("comment:section"));
            section.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertTrue(new org.openqa.selenium.support.ui.Select(section).getFirstSelectedOption().getText()
                    .contains("párrafo 2"), "the second paragraph of the problem, chosen with arrow keys");
            section.sendKeys(Keys.TAB);
            lucia.switchTo().activeElement().sendKeys("jamais publiés");
            lucia.findElement(By.id("comment:body")).sendKeys("¿Y las modificaciones de los contratos en curso?");
            lucia.findElement(By.cssSelector("#comment\\:alignment input[value='AGAINST']")).sendKeys(Keys.SPACE);
            lucia.findElement(By.id("comment:send")).sendKeys(Keys.ENTER);
            String page = awaitText(lucia, "Su comentario está publicado.");
            assertTrue(page.contains("jamais publiés") && page.contains("¿Y las modificaciones"), page);
            assertTrue(page.contains("1 en contra"), page);
            assertAccessible(lucia);
        } finally {
            lucia.quit();
        }

        browser.get(commitmentUrl);
        String french = awaitText(browser, "¿Y las modificaciones");
        assertTrue(french.contains("écrit en espagnol"), french);
        browser.findElement(By.cssSelector("textarea[id$=':reply']")).sendKeys("Les avenants seront publiés dès 2027.");
        browser.findElement(By.cssSelector("input[id$=':send-reply']")).click();
        awaitText(browser, "Votre réponse est publiée.");
        List<WebElement> supports = browser.findElements(By.cssSelector(".depth-1 input[value='Soutenir']"));
        supports.get(0).click();
        String after = awaitText(browser, "Votre vote est enregistré.");
        assertTrue(after.contains("1 soutien"), after);
        assertEquals(1, browser.findElements(By.cssSelector(".depth-2")).size());
        assertAccessible(browser);

        browser.findElement(By.cssSelector(".depth-1 details.respond summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("select[id$=':status']")))
                .selectByValue("PARTLY_ACCEPTED");
        browser.findElement(By.cssSelector("input[id$=':institution']")).sendKeys("Direction des achats");
        List<WebElement> reasoning = browser.findElements(By.cssSelector("textarea[id$=':reasoning']"));
        reasoning.get(0).sendKeys("Les avenants seront publiés à partir de 2027, pas les contrats en cours.");
        reasoning.get(1).sendKeys("Las modificaciones se publicarán desde 2027, no las de los contratos en curso.");
        assertAccessible(browser);
        browser.findElement(By.cssSelector("input[id$=':send-response']")).click();
        String answered = awaitText(browser, "La réponse est publiée");
        assertTrue(answered.contains("Retenue en partie") && answered.contains("Contributions ayant reçu leur réponse : 1 sur 1"), answered);

        jakarta.mail.internet.MimeMessage mail = Mailbox.await(MAIL, citizen, "Su contribución sobre C1 tiene una respuesta");
        assertTrue(Mailbox.body(mail).contains("aceptada en parte"), Mailbox.body(mail));
        WebDriver again = Browser.open("es");
        try {
            BackOffice.signIn(again, base.toString(), citizen, PASSWORD, "Lucía Ciudadana");
            again.get(commitmentUrl.replace("/fr/r/", "/es/r/"));
            String spanish = awaitText(again, "Las modificaciones se publicarán desde 2027");
            assertTrue(spanish.contains("Aceptada en parte") && spanish.contains("Respuesta de Direction des achats"), spanish);
            assertAccessible(again);
        } finally {
            again.quit();
        }
    }
}
