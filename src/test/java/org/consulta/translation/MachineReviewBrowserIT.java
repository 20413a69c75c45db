package org.consulta.translation;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * An administrator turns machine translation on, writes three plans in French, and reviews the machine's
 * Spanish in the queue: accepts the first text, rejects a middle one, corrects the last; a Spanish visitor
 * then reads each as the review left it. axe-core on the settings page, the dashboard and the queue.
 */
class MachineReviewBrowserIT extends AgainstDeployedWar {

    private static final String PASSWORD = "des traductions relues par des personnes";

    @Test
    void anAdministratorAcceptsRejectsAndCorrectsTheMachinesSpanish() throws Exception {
        org.consulta.testing.Apertium.ensureRunning();
        String slug = "mt-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville traduite");
        String admin = "a-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(admin, "Alix Admin", PASSWORD, false, "fr");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        browser.get(repo + "admin/");
        awaitText(browser, "Traduction automatique");
        WebElement on = browser.findElement(By.cssSelector("input[id$='machineOn']"));
        assertFalse(on.isSelected(), "the tests' platform starts repositories without it");
        on.click();
        List<WebElement> names = browser.findElements(By.cssSelector("input[id$=':name']"));
        names.get(1).sendKeys("Ciudad traducida"); // the space needs a name in each of its languages
        names.get(2).sendKeys("Translated town");
        assertAccessible(browser);
        browser.findElement(By.id("settings:save")).click();
        awaitText(browser, "Les paramètres sont enregistrés.");
        assertTrue(browser.findElement(By.cssSelector("input[id$='machineOn']")).isSelected());

        BackOffice.createPlan(browser, repo, "plan-1", "Le gouvernement publie ses contrats");
        BackOffice.createPlan(browser, repo, "plan-2", "La ville ouvre ses données");
        BackOffice.createPlan(browser, repo, "plan-3", "Le budget participatif");

        String queue = repo + "admin/machine-translations?lang=es";
        for (int i = 0; i < 120 && !browser.getPageSource().contains("6 traductions automatiques à relire"); i++) {
            Thread.sleep(500);
            browser.get(queue);
        }
        awaitText(browser, "6 traductions automatiques à relire");
        assertAccessible(browser);
        List<String> rows = browser.findElements(By.cssSelector("article.review-row")).stream().map(r -> r.getAttribute("id")).toList();
        assertEquals(6, rows.size());

        act(rows.get(0), "accept", null);
        awaitText(browser, "Traduction acceptée");
        act(rows.get(2), "reject", null);
        awaitText(browser, "Traduction rejetée");
        act(rows.get(5), "correct", "Un plan construido con la ciudadanía.");
        awaitText(browser, "Correction enregistrée");
        assertEquals(List.of(rows.get(1), rows.get(3), rows.get(4)),
                browser.findElements(By.cssSelector("article.review-row")).stream().map(r -> r.getAttribute("id")).toList(),
                "the three rows acted on are gone, the others stay, in their order");
        assertTrue(browser.getPageSource().contains("Redemander à la machine"), "the rejected one is listed, to ask again");
        assertAccessible(browser);

        browser.get(repo + "admin/translations");
        awaitText(browser, "Automatiques non relues (tous les textes)");
        assertAccessible(browser);

        WebDriver visitor = Browser.open("es");
        try {
            visitor.get(base + "es/r/" + slug + "/plans/plan-1/");
            awaitText(visitor, "Ciudad traducida");
            assertTrue(visitor.findElements(By.cssSelector("h1 .translation-label")).isEmpty(), "accepted: a person's translation, no label");
            assertEquals("es", visitor.findElement(By.cssSelector("h1 span[lang]")).getAttribute("lang"));
            visitor.get(base + "es/r/" + slug + "/plans/plan-2/");
            String rejected = awaitText(visitor, "La ville ouvre ses données");
            assertTrue(rejected.contains("Se muestra en francés"), "rejected: the original, labelled as such");
            visitor.get(base + "es/r/" + slug + "/plans/plan-3/");
            awaitText(visitor, "Un plan construido con la ciudadanía.");
            assertAccessible(visitor);
        } finally {
            visitor.quit();
        }
    }

    private void act(String rowId, String action, String text) {
        WebElement row = browser.findElement(By.id(rowId));
        if (text != null) {
            WebElement area = row.findElement(By.tagName("textarea"));
            area.clear();
            area.sendKeys(text);
        }
        row.findElement(By.cssSelector("button[value='" + action + "']")).click();
    }
}
