package org.consulta.account;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newcomer's pages in a real browser, in French, Spanish and English, each checked with axe-core:
 * notifications, My contributions, a public profile and its private form, the search results with their
 * labels, and (as the platform administrator) the outbox, its search and one mail. The profile choice is
 * made with the keyboard only.
 */
class NewcomerPathsBrowserIT extends AgainstDeployedWar {

    @Test
    void theNewcomersPagesAreAccessibleInEveryLanguage() throws Exception {
        String slug = "newcomer-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville des nouveaux");
        String email = "nina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, "Nina Nouvelle", Discussion.PASSWORD, false, "fr");
        TestDatabase.makePlatformAdmin(email);
        TestDatabase.grant(email, slug, "ADMINISTRATOR");
        String url = BackOffice.commitmentUnderConsultation(base.toString(), slug, email, "Nina Nouvelle");
        try (org.htmlunit.WebClient nina = Discussion.signedIn(base.toString(), email)) {
            Discussion.comment(nina, url, "Une première contribution de Nina, lisible de tous.");
        }
        long me = Discussion.accountId(email);
        // the deployment has an SMTP server; the outbox is what a platform without one keeps: two mails of it
        for (int i = 0; i < 2; i++) {
            try (java.sql.Connection c = TestDatabase.connect(); java.sql.PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO outbox_mail (id, version, created_at, recipient, subject, body) VALUES (?, 1, CURRENT_TIMESTAMP, ?, ?, ?)")) {
                insert.setLong(1, 9_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
                insert.setString(2, email);
                insert.setString(3, "Confirmez votre adresse électronique " + i);
                insert.setString(4, "Bonjour Nina,\n\nOuvrez " + base + "fr/account/confirm?token=abc" + i + " pour confirmer.\n");
                insert.executeUpdate();
            }
        }

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Nina Nouvelle");
        browser.get(base + "fr/r/demo/");
        awaitText(browser, "Nina Nouvelle");
        for (WebElement icon : browser.findElements(By.cssSelector(".account-links .pi, .search-box .pi"))) {
            WebElement holder = icon.findElement(By.xpath(".."));
            assertTrue("true".equals(icon.getAttribute("aria-hidden")) && !holder.getText().isBlank(),
                    "an icon is never alone: " + holder.getAttribute("outerHTML"));
        }
        assertTrue(browser.findElements(By.cssSelector(".account-links .pi")).size() >= 5, "icons beside the header's links");
        assertTrue(!browser.findElements(By.cssSelector("#notifications-link .pi-bell")).isEmpty(), "the bell beside the notifications");
        for (String lang : List.of("fr", "es", "en")) {
            for (String path : List.of("account/notifications", "account/contributions", "account/contributions?kind=comments",
                    "account/settings", "r/" + slug + "/people/" + me, "r/demo/search?q=C1", "admin/outbox",
                    "admin/outbox?to=" + email.substring(0, 6))) {
                browser.get(base + lang + "/" + path);
                awaitText(browser, "Nina Nouvelle");
                assertAccessible(browser);
            }
            List<WebElement> mails = browser.findElements(By.cssSelector("table a[href*='/admin/outbox/']"));
            assertTrue(!mails.isEmpty(), "the search finds Nina's mails");
            mails.get(0).click();
            awaitText(browser, email);
            assertAccessible(browser);
        }

        browser.get(base + "fr/account/settings");
        WebElement hidden = browser.findElement(By.id("profile:hidden"));
        hidden.sendKeys(Keys.SPACE);
        browser.findElement(By.id("profile:save")).sendKeys(Keys.ENTER);
        awaitText(browser, "Votre profil est désormais privé.");
        assertAccessible(browser);
        browser.get(base + "fr/r/" + slug + "/people/" + me);
        awaitText(browser, "Cette personne garde son profil privé.");
        assertAccessible(browser);
        assertTrue(!browser.getPageSource().contains("Une première contribution"), "nothing else is shown");
    }

    /**
     * The visual identity at work: plans as cards with their stage as a badge, a plan's stage as a stepper
     * (the current step marked for assistive technology too), and on a phone-sized window the header's
     * languages and account links folded behind a "Menu" box opened with the keyboard.
     */
    @Test
    void cardsStepperAndAPhonesMenu() {
        browser = Browser.open("fr");
        browser.get(base + "fr/r/demo/");
        awaitText(browser, "Valle Claro");
        assertTrue(browser.findElements(By.cssSelector("ul.cards > li.card .badge")).size() >= 3, "each plan a card with its stage");
        assertAccessible(browser);
        browser.get(base + "fr/r/demo/plans/2025-2027/");
        WebElement current = browser.findElement(By.cssSelector("ol.stepper li[aria-current='step']"));
        assertTrue(current.getText().length() > 0, "the current stage is named");
        assertTrue(browser.findElements(By.cssSelector("ol.stepper li")).size() == 5, "the five stages of the cycle");
        assertAccessible(browser);
        assertTrue(browser.findElement(By.id("site-menu")).isDisplayed(), "a wide window shows the menu");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
        browser.get(base + "fr/r/demo/plans/2025-2027/");
        awaitText(browser, "Menu");
        assertTrue(!browser.findElement(By.id("site-menu")).isDisplayed(), "folded on a phone");
        assertAccessible(browser);
        // focused as Tab would (the box is visually hidden behind its label), then opened with the space bar
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", browser.findElement(By.id("menu-toggle")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.SPACE).perform();
        assertTrue(browser.findElement(By.id("site-menu")).isDisplayed(), "opened with the keyboard");
        assertTrue(browser.findElement(By.cssSelector("#site-menu nav.language-switcher")).isDisplayed());
        assertAccessible(browser);
    }
}
