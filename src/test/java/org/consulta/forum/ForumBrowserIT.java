package org.consulta.forum;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator creates a ranked ballot in French with Spanish and English options; two government
 * and two civil-society members vote in French, Spanish and English with the keyboard only; one
 * checks their receipt. After closing, a visitor reading English sees the overall and per-constituency
 * results, where the constituencies agree, and the chart's text alternative. axe-core on every page.
 */
class ForumBrowserIT extends AgainstDeployedWar {

    private static final String PASSWORD = "un forum qui décide ensemble";

    @Test
    void fourMembersRankPrioritiesInThreeLanguagesAndAVisitorReadsTheResults() throws Exception {
        String slug = "forum-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville du forum");
        String admin = account("Alix Admin", "fr");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        String ballotPath = createBallot(repo, "RANKED", null);

        vote(slug, ballotPath, "Gaëlle Gouvernement", "fr", "GOVERNMENT", new String[] {"1", "2", "3"},
                "Votre bulletin est compté. Votre code de reçu :");
        vote(slug, ballotPath, "Gonzalo Gobierno", "es", "GOVERNMENT", new String[] {"1", "3", "2"},
                "Su papeleta está contada. Su código de recibo:");
        vote(slug, ballotPath, "Cleo Civil", "en", "CIVIL_SOCIETY", new String[] {"1", "2", null},
                "Your ballot is counted. Your receipt code:");
        vote(slug, ballotPath, "Camille Citoyenne", "fr", "CIVIL_SOCIETY", new String[] {"1", "3", "2"},
                "Votre bulletin est compté. Votre code de reçu :");

        browser.get(base + "fr" + ballotPath);
        awaitText(browser, "Clore ce scrutin maintenant");
        // irreversible: refused until the box saying so is ticked, by keyboard
        browser.findElement(By.id("close:close")).click();
        awaitText(browser, "Cochez la case pour confirmer la fermeture anticipée");
        assertAccessible(browser);
        assertTrue(!browser.getPageSource().contains("Le scrutin est clos"), "nothing closed without the confirmation");
        browser.findElement(By.id("close:confirm")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("close:close")).click();
        String closed = awaitText(browser, "Le scrutin est clos ; ses résultats sont publics.");
        assertTrue(closed.contains("Résultats (4 bulletins)") && !closed.contains("Clore ce scrutin maintenant"), closed);
        assertAccessible(browser);
        publishMeetingAndMinutes(repo);
        WebDriver visitor = Browser.open("en");
        try {
            visitor.get(base + "en" + ballotPath);
            String page = awaitText(visitor, "Results (4 ballots)");
            assertTrue(page.contains("Both constituencies rank “Open contracting” first."), page);
            assertTrue(page.contains("Government (2)") && page.contains("Civil society (2)"), "per constituency: " + page);
            String chartText = visitor.findElement(By.id("chart-text")).getText();
            assertTrue(chartText.startsWith("In words: 1. Open contracting, 2 head-to-head wins;"), chartText);
            assertTrue(chartText.contains("2. Lobby register, 0 head-to-head wins") && chartText.contains("2. Participatory budget"),
                    "the tie for second place is shown as a tie: " + chartText);
            assertTrue(visitor.findElement(By.id("pairwise")).getText().contains("Open contracting"), "the pairwise matrix");
            // the chart (PrimeFaces' Chart.js) draws the same standing, under the page's script policy
            Object labels = new org.openqa.selenium.support.ui.WebDriverWait(visitor, java.time.Duration.ofSeconds(10)).until(d ->
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("var c = document.querySelector('#ballot-chart canvas');"
                            + " var chart = c && window.Chart && Chart.getChart(c); return chart ? chart.data.labels.join('|') : null;"));
            assertTrue(String.valueOf(labels).startsWith("Open contracting|") && String.valueOf(labels).split("\\|").length == 3, "chart: " + labels);
            assertAccessible(visitor);
            visitor.get(base + "en/r/" + slug + "/forum");
            String forum = awaitText(visitor, "Priority ballots");
            assertTrue(forum.contains("Government (2 members)") && forum.contains("Civil society (2 members)"), forum);
            assertTrue(forum.contains("Le forum a classé les priorités.") && forum.contains("Minutes published on"), forum);
            String minutes = visitor.findElement(By.partialLinkText("Minutes document: compte-rendu")).getAttribute("href");
            byte[] body = Browser.assertPdfAttachment(minutes);
            assertEquals("%PDF-", new String(body, 0, 5, java.nio.charset.StandardCharsets.US_ASCII), "the PDF itself");
            assertAccessible(visitor);
        } finally {
            visitor.quit();
        }
    }

    @Test
    void approvalAndPointsBallotsTakeTheirLimitsAndExplainRefusals() throws Exception {
        String slug = "forum-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville du forum");
        String admin = account("Alix Admin", "fr");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        TestDatabase.grant(admin, slug, "FORUM_MEMBER", "GOVERNMENT", "Mairie");
        String repo = base + "fr/r/" + slug + "/";
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");

        browser.get(base + "fr" + createBallot(repo, "APPROVAL", "1"));
        awaitText(browser, "Cochez chaque option que vous approuvez (1 au plus).");
        List<org.openqa.selenium.WebElement> boxes = browser.findElements(By.cssSelector("#vote input[type='checkbox']"));
        for (org.openqa.selenium.WebElement box : boxes) {
            // each box stands before its label, on the same line (it once sat above and right of it)
            org.openqa.selenium.WebElement label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            org.openqa.selenium.Rectangle b = box.getRect();
            org.openqa.selenium.Rectangle l = label.getRect();
            assertTrue(b.getX() + b.getWidth() <= l.getX(), "the box is left of its label: " + b + " " + l);
            assertTrue(Math.abs((b.getY() + b.getHeight() / 2) - (l.getY() + l.getHeight() / 2)) <= l.getHeight() / 2,
                    "the box is level with its label: " + b.getY() + " " + l.getY());
        }
        boxes.get(0).sendKeys(Keys.SPACE);
        boxes.get(1).sendKeys(Keys.SPACE);
        assertAccessible(browser);
        browser.findElement(By.id("vote:cast")).click();
        awaitText(browser, "Vous avez choisi plus d’options que ce scrutin ne le permet.");
        assertAccessible(browser);
        browser.findElements(By.cssSelector("#vote input[type='checkbox']")).get(1).sendKeys(Keys.SPACE);
        browser.findElement(By.id("vote:cast")).click();
        awaitText(browser, "Votre bulletin est compté.");

        browser.get(base + "fr" + createBallot(repo, "CUMULATIVE", "10"));
        awaitText(browser, "Répartissez jusqu’à 10 points entre les options.");
        List<org.openqa.selenium.WebElement> points = browser.findElements(By.cssSelector("#vote input[id$=':points']"));
        points.get(0).sendKeys("8");
        points.get(1).sendKeys("5");
        assertAccessible(browser);
        browser.findElement(By.id("vote:cast")).click();
        awaitText(browser, "Vous avez distribué plus de points que vous n’en avez.");
        points = browser.findElements(By.cssSelector("#vote input[id$=':points']"));
        points.get(1).clear();
        points.get(1).sendKeys("2");
        browser.findElement(By.id("vote:cast")).click();
        awaitText(browser, "Votre bulletin est compté.");
    }

    /** As the signed-in administrator: records a meeting held yesterday, then publishes its minutes with a PDF. */
    private void publishMeetingAndMinutes(String repo) throws Exception {
        browser.get(repo + "admin/forum");
        awaitText(browser, "Enregistrer une réunion");
        BackOffice.date(browser, browser.findElement(By.id("meeting:heldOn")), java.time.LocalDate.now().minusDays(1).toString());
        browser.findElement(By.id("meeting:agenda")).sendKeys("Classement des priorités");
        browser.findElement(By.id("meeting:record")).click();
        awaitText(browser, "La réunion est publiée.");
        browser.get(repo + "admin/forum");
        awaitText(browser, "Publier le compte rendu d’une réunion");
        browser.findElement(By.id("publish-minutes:minutes")).sendKeys("Le forum a classé les priorités.");
        java.nio.file.Path pdf = Browser.seedPdf("compte-rendu");
        try {
            browser.findElement(By.id("publish-minutes:document")).sendKeys(pdf.toAbsolutePath().toString());
            assertAccessible(browser);
            browser.findElement(By.id("publish-minutes:publish")).click();
            awaitText(browser, "Le compte rendu est publié sur la page du forum.");
        } finally {
            java.nio.file.Files.deleteIfExists(pdf);
        }
    }

    /** As the signed-in administrator, from {@code admin/forum}: a ballot on three options; returns its path after the language. */
    private String createBallot(String repo, String method, String limit) {
        browser.get(repo + "admin/forum");
        awaitText(browser, "Nouveau scrutin");
        assertAccessible(browser);
        browser.findElements(By.cssSelector("#ballot input[id$=':question']")).get(0).sendKeys("Quelles priorités pour le plan ?");
        List<org.openqa.selenium.WebElement> options = browser.findElements(By.cssSelector("#ballot textarea[id$=':options']"));
        options.get(0).sendKeys("Contrats ouverts\nRegistre des lobbies\nBudget participatif");
        options.get(1).sendKeys("Contratos abiertos\nRegistro de lobbies\nPresupuesto participativo");
        options.get(2).sendKeys("Open contracting\nLobby register\nParticipatory budget");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ballot:method"))).selectByValue(method);
        if (limit != null) {
            browser.findElement(By.id("ballot:limit")).clear();
            browser.findElement(By.id("ballot:limit")).sendKeys(limit);
        }
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        BackOffice.date(browser, browser.findElement(By.id("ballot:opens")), now.minusHours(1).format(local));
        BackOffice.date(browser, browser.findElement(By.id("ballot:closes")), now.plusDays(7).format(local));
        browser.findElement(By.id("ballot:create")).click();
        awaitText(browser, "Le scrutin est créé.");
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf("/r/"));
    }

    /** A member of {@code side} signs in, opens the ballot in {@code language} and ranks with the keyboard only. */
    private void vote(String slug, String ballotPath, String name, String language, String side, String[] ranks,
                      String receiptText) throws Exception {
        String email = account(name, language);
        TestDatabase.grant(email, slug, "FORUM_MEMBER", side, "Organisation de " + name);
        WebDriver member = Browser.open(language);
        try {
            BackOffice.signIn(member, base.toString(), email, PASSWORD, name);
            member.get(base + language + ballotPath);
            awaitText(member, "Quelles priorités pour le plan ?");
            List<org.openqa.selenium.WebElement> selects = member.findElements(By.cssSelector("#vote select[id$=':rank']"));
            for (int i = 0; i < ranks.length; i++) {
                if (ranks[i] != null) {
                    selects.get(i).sendKeys(ranks[i]);
                }
            }
            selects.get(selects.size() - 1).sendKeys(Keys.TAB);
            member.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitText(member, receiptText);
            assertAccessible(member);
            String code = member.findElement(By.cssSelector(".receipt-code")).getText();
            member.findElement(By.id("check:code")).sendKeys(code);
            member.findElement(By.id("check:code")).sendKeys(Keys.ENTER);
            awaitText(member, counted(language));
        } finally {
            member.quit();
        }
    }

    private static String counted(String language) {
        return switch (language) {
            case "fr" -> "Ce bulletin est compté";
            case "es" -> "Esta papeleta está contada";
            default -> "This ballot is in the count";
        };
    }

    private static String account(String name, String language) throws Exception {
        String email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, PASSWORD, false, language);
        return email;
    }
}
