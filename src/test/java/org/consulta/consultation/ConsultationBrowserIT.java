package org.consulta.consultation;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.Mailbox;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator schedules a consultation (confirming a short notice); a citizen reading in Spanish
 * comments, with the keyboard only, on the second paragraph of a French commitment, quoting it; the
 * administrator sees it labelled as Spanish, replies, supports it and answers "partly accepted" with
 * reasons in French and Spanish; the citizen is mailed in Spanish and reads the response in Spanish.
 * Meanwhile a participant reading in English follows the commitment and replies in English. The
 * administrator ends the consultation and the report shows its counts; the citizen's reply mail has a
 * link that unsubscribes without signing in. axe-core checks every page.
 */
class ConsultationBrowserIT extends AgainstDeployedWar {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension MAIL = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "une consultation ouverte à tous";

    @Test
    void aCitizenCommentsOnASectionWithTheKeyboardAndTheAdministratorReplies() throws Exception {
        String slug = "cons-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville consultée");
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String citizen = "citoyenne-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(admin, "Alix Admin", PASSWORD, false, "fr");
        TestDatabase.createAccount(citizen, "Lucía Ciudadana", PASSWORD, false, "es");
        String sam = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(sam, "Sam Reader", PASSWORD, false, "en");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        String commitmentUrl = BackOffice.commitmentUnderConsultation(browser, repo);

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

        WebDriver english = Browser.open("en");
        try {
            BackOffice.signIn(english, base.toString(), sam, PASSWORD, "Sam Reader");
            english.get(commitmentUrl.replace("/fr/r/", "/en/r/"));
            String read = awaitText(english, "¿Y las modificaciones");
            assertTrue(read.contains("written in Spanish") && read.contains("1 comment (0 in favour, 0 neutral, 1 against)"), read);
            english.findElement(By.id("follow:follow")).click();
            awaitText(english, "You now follow this commitment.");
            english.findElement(By.cssSelector("textarea[id^='reply-']")).sendKeys("Amendments to running contracts matter most.");
            english.findElement(By.cssSelector("button[value='reply']")).click();
            awaitText(english, "Your reply is published.");
            assertAccessible(english);
        } finally {
            english.quit();
        }

        browser.get(commitmentUrl);
        String french = awaitText(browser, "¿Y las modificaciones");
        assertTrue(french.contains("écrit en espagnol"), french);
        browser.findElement(By.cssSelector("textarea[id^='reply-']")).sendKeys("Les avenants seront publiés dès 2027.");
        browser.findElement(By.cssSelector("button[value='reply']")).click();
        awaitText(browser, "Votre réponse est publiée.");
        List<WebElement> supports = browser.findElements(By.cssSelector(".depth-1 button[value='vote.up']"));
        supports.get(0).click();
        String after = awaitText(browser, "Votre vote est enregistré.");
        assertTrue(after.contains("1 soutien"), after);
        assertEquals(2, browser.findElements(By.cssSelector(".depth-2")).size(), "Sam's reply in English and the administrator's");
        assertTrue(after.contains("Amendments to running contracts matter most.") && after.contains("écrit en anglais"), after);
        assertAccessible(browser);

        browser.findElement(By.cssSelector(".depth-1 details.respond summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("select[id^='status-']")))
                .selectByValue("PARTLY_ACCEPTED");
        browser.findElement(By.cssSelector("input[id^='institution-']")).sendKeys("Direction des achats");
        List<WebElement> reasoning = browser.findElements(By.cssSelector("textarea[id^='reasoning-']"));
        reasoning.get(0).sendKeys("Les avenants seront publiés à partir de 2027, pas les contrats en cours.");
        reasoning.get(1).sendKeys("Las modificaciones se publicarán desde 2027, no las de los contratos en curso.");
        assertAccessible(browser);
        browser.findElement(By.cssSelector("button[value='respond']")).click();
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

        String reportUrl = browser.findElement(By.linkText("La consultation et ses chiffres")).getAttribute("href");
        browser.get(reportUrl);
        String open = awaitText(browser, "Prolonger la consultation ou la terminer maintenant");
        assertFalse(open.contains("La clôture a été déplacée"), "no note while the closing was not moved: " + open);
        browser.findElement(By.cssSelector("details.closing summary")).click();
        browser.findElement(By.id("closing:reason")).sendKeys("Le forum a examiné toutes les contributions.");
        assertAccessible(browser);
        browser.findElement(By.id("closing:close-now")).click();
        String report = awaitText(browser, "Rapport de consultation");
        assertTrue(report.contains("3 participant·es, 1 contribution, 1 avec réponse") && report.contains("Le forum a examiné"), report);
        assertAccessible(browser);

        jakarta.mail.internet.MimeMessage reply = Mailbox.await(MAIL, citizen, "Sam Reader le respondió sobre C1");
        String unsubscribe = Mailbox.body(reply).lines().map(String::strip).filter(l -> l.contains("/unsubscribe?token="))
                .findFirst().orElseThrow();
        WebDriver stranger = Browser.open("es");
        try {
            // the mail's base address is the configured public one; the path is what matters here
            stranger.get(base + unsubscribe.substring(unsubscribe.indexOf("/es/r/") + 1));
            awaitText(stranger, "Este enlace detiene los correos sobre el compromiso C1");
            assertAccessible(stranger);
            stranger.findElement(By.id("unsubscribe:one")).click();
            awaitText(stranger, "Listo: ya no recibirá estos correos.");
        } finally {
            stranger.quit();
        }
    }
}
