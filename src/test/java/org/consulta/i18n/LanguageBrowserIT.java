package org.consulta.i18n;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.consulta.testing.Browser.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor finds the demo repository, reads it in French, Spanish and English with the language
 * switcher, and the choice sticks. Every page visited passes axe-core's WCAG 2.1 AA rules.
 */
class LanguageBrowserIT extends AgainstDeployedWar {




    @Test
    void aVisitorReadsTheDemoRepositoryInThreeLanguages() {
        browser = Browser.open("es");
        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/es/"), "Accept-Language picks Spanish: " + browser.getCurrentUrl());
        assertEquals("es", lang());
        assertEquals("Espacios de co-creación de gobierno abierto", heading());
        assertAccessible(browser);

        browser.findElement(By.partialLinkText("Gobierno Abierto de Valle Claro")).click();
        Browser.awaitText(browser, "Tercer Plan de Acción Nacional");
        assertTrue(browser.getCurrentUrl().endsWith("/es/r/demo/"), browser.getCurrentUrl());
        assertAccessible(browser);
        browser.findElement(By.partialLinkText("Tercer Plan de Acción Nacional")).click();
        Browser.awaitText(browser, "Contratación pública abierta de punta a punta");
        assertTrue(text().contains("3 compromisos"));
        assertAccessible(browser);

        switchTo("Français");
        assertTrue(browser.getCurrentUrl().endsWith("/fr/r/demo/plans/2025-2027/"), "the switcher keeps the page: " + browser.getCurrentUrl());
        assertEquals("fr", lang());
        assertEquals("Troisième plan d’action national pour un gouvernement ouvert 2025–2027", heading());
        assertTrue(text().contains("Registre public des bénéficiaires effectifs"));
        assertTrue(text().contains("3 engagements"));
        assertFalse(text().contains("Skip to content") || text().contains("Ir al contenido"));
        assertAccessible(browser);

        switchTo("English");
        assertEquals("en", lang());
        assertEquals("Third National Open Government Action Plan 2025–2027", heading());
        assertTrue(text().contains("Access to public information within 10 working days"));
        assertTrue(text().contains("Lead institution:"));
        assertAccessible(browser);

        switchTo("Français");
        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/fr/"), "the saved choice beats Accept-Language: " + browser.getCurrentUrl());
        assertEquals("Espaces de co-construction du gouvernement ouvert", heading());
        assertAccessible(browser);
    }

    @Test
    void aVisitorReadsTheDemoDiscussionInEnglishWithLabelsForOtherLanguages() {
        browser = Browser.open("en");
        browser.get(base + "en/r/demo/plans/2025-2027/C1");
        String page = Browser.awaitText(browser, "Public consultation on the draft 2025–2027 plan");
        assertTrue(page.contains("written in Spanish"), page);
        assertTrue(page.contains("Response from Dirección Nacional de Contrataciones Públicas"), page);
        assertTrue(page.contains("Shown in Spanish — no English translation yet"), "the response has no English reasoning");
        assertEquals(1, browser.findElements(By.cssSelector(".comment a[rel~='ugc']")).size(), "the link in a comment is clickable");
        assertAccessible(browser);
        browser.findElement(By.linkText("The consultation and its figures")).click();
        String report = Browser.awaitText(browser, "Contributions per commitment, by position and by response");
        assertTrue(report.contains("4 participants, 4 contributions, 1 answered."), report);
        assertAccessible(browser);
    }

    @Test
    void aVisitorFindsTheOpenAndTheClosedConsultationsFromThePlanAndReadsTheReport() {
        browser = Browser.open("en");
        browser.get(base + "en/r/demo/plans/2025-2027/");
        String plan = Browser.awaitText(browser, "Consultations");
        assertTrue(plan.contains("Under consultation:") && plan.contains("closes in"), plan);
        assertAccessible(browser);
        browser.findElement(By.linkText("First round: access to information")).click();
        String report = Browser.awaitText(browser, "Consultation report");
        assertTrue(report.contains("2 participants, 2 contributions, 2 answered.") && report.contains("The closing was moved:"), report);
        assertTrue(report.contains("The 10-working-day deadline was added to milestone 2."), "the response's English reasoning");
        assertAccessible(browser);

        browser.get(base + "en/r/demo/plans/2025-2027/C1");
        Browser.awaitText(browser, "Public consultation on the draft 2025–2027 plan");
        browser.findElement(By.partialLinkText("1 comment (1 in favour")).click();
        String narrowed = Browser.awaitText(browser, "Showing the 1 comment about one section.");
        assertTrue(narrowed.contains("También hay que publicar los pagos") && !narrowed.contains("Please commit to a date"), narrowed);
        assertAccessible(browser);
    }

    @Test
    void aWrongAddressShowsATranslatedPageThatLeadsHome() {
        browser = Browser.open("fr");
        browser.get(base + "fr/r/nulle-part/");
        assertEquals("Page introuvable", heading());
        assertEquals("fr", lang());
        assertAccessible(browser);
        browser.findElement(By.linkText("Retour à l’accueil")).click();
        Browser.awaitText(browser, "Espaces de co-construction");
        assertTrue(browser.getCurrentUrl().endsWith("/fr/"), browser.getCurrentUrl());

        browser.get(base + "es/r/nowhere/");
        assertEquals("Página no encontrada", heading());
        assertAccessible(browser);
    }

    @Test
    void theSkipLinkLeadsTheKeyboardToTheContent() {
        browser = Browser.open("en");
        browser.get(base + "en/r/demo/");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertEquals("Skip to content", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("content", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void theAuditReallyAuditsAPageWithAKnownViolation() {
        browser = Browser.open("en");
        browser.get("data:text/html,<html lang='en'><title>t</title><main><img src='x.png'></main></html>");
        org.opentest4j.AssertionFailedError failure =
                org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                        () -> assertAccessible(browser));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }

    private void switchTo(String languageName) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("nav.language-switcher")).findElement(By.linkText(languageName)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
