package org.consulta.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.consulta.testing.Browser.awaitText;

/** What browser tests do as a person in the back office, written once: sign in, create a plan and a commitment in French. */
public final class BackOffice {

    private BackOffice() {
    }

    public static void signIn(WebDriver browser, String base, String email, String password, String expectedName) {
        browser.get(base + "fr/account/login");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        awaitText(browser, expectedName);
    }

    /** From {@code admin/plans}: a two-year plan written in French; ends on the plan's page. */
    public static void createPlan(WebDriver browser, String repo, String slug, String title) {
        browser.get(repo + "admin/plans");
        browser.findElement(By.id("new-plan:slug")).sendKeys(slug);
        browser.findElements(By.cssSelector("#new-plan input[id$=':title']")).get(0).sendKeys(title);
        browser.findElements(By.cssSelector("#new-plan textarea[id$=':summary']")).get(0).sendKeys("Un plan co-construit.");
        date(browser, browser.findElement(By.id("new-plan:start")), "2026-01-01");
        date(browser, browser.findElement(By.id("new-plan:end")), "2027-12-31");
        browser.findElement(By.id("new-plan:create")).click();
        awaitText(browser, "Le plan a été créé.");
    }

    /** On the new-commitment page: the required fields and {@code milestones} milestones, saved as a draft. */
    public static void fillCommitment(WebDriver browser, String title, String problem, String description, int milestones) {
        browser.findElement(By.id("draft:title")).sendKeys(title);
        browser.findElement(By.id("draft:problem")).sendKeys(problem);
        browser.findElement(By.id("draft:description")).sendKeys(description);
        browser.findElement(By.id("draft:lead")).sendKeys("Direction des achats");
        List<WebElement> deliverables = browser.findElements(By.cssSelector("input[id$=':deliverable']"));
        List<WebElement> starts = browser.findElements(By.cssSelector("input[id$=':start']"));
        List<WebElement> ends = browser.findElements(By.cssSelector("input[id$=':end']"));
        for (int i = 0; i < milestones; i++) {
            deliverables.get(i).sendKeys("Livrable " + (i + 1));
            date(browser, starts.get(i), "2026-0" + (i + 1) + "-01");
            date(browser, ends.get(i), "2026-0" + (i + 4) + "-30");
        }
    }

    /**
     * As a signed-in administrator of {@code repo}: a plan, a published commitment whose problem has two
     * paragraphs, and a consultation on it open from an hour ago for ten days (its short notice
     * confirmed). Checks the consultation form with axe. Returns the commitment's French URL.
     */
    public static String commitmentUnderConsultation(WebDriver browser, String repo) {
        createPlan(browser, repo, "2026-2027", "Plan d’action 2026–2027");
        browser.findElement(By.linkText("Ajouter un engagement")).click();
        awaitText(browser, "Nouvel engagement");
        fillCommitment(browser, "Registre ouvert des marchés",
                "Les marchés publics sont difficiles à suivre.\n\nLes avenants ne sont jamais publiés.",
                "Publier les marchés en données ouvertes.", 1);
        browser.findElement(By.id("draft:save")).click();
        awaitText(browser, "L’engagement a été créé comme projet.");
        browser.findElement(By.id("publish:publish")).click();
        awaitText(browser, "Version 1 sur 1");
        String commitmentUrl = browser.getCurrentUrl();

        browser.get(repo + "plans/2026-2027/consult");
        awaitText(browser, "Programmer une consultation publique");
        Browser.assertAccessible(browser);
        browser.findElements(By.cssSelector("#consultation input[id$=':title']")).get(0).sendKeys("Consultation sur le registre");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        date(browser, browser.findElement(By.id("consultation:opens")), now.minusHours(1).format(local));
        date(browser, browser.findElement(By.id("consultation:closes")), now.plusDays(10).format(local));
        browser.findElement(By.id("consultation:schedule")).click();
        awaitText(browser, "préavis plus court que le minimum");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("consultation:shortNotice")).click();
        browser.findElement(By.id("consultation:schedule")).click();
        awaitText(browser, "La consultation est programmée.");
        return commitmentUrl;
    }

    /** Date inputs take their value as the browser's picker would set it: ISO, whatever the locale. */
    public static void date(WebDriver browser, WebElement input, String isoValue) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoValue);
    }

    /** As {@link #commitmentUnderConsultation}, from a browser of its own signed in as the administrator, closed after. */
    public static String commitmentUnderConsultation(String base, String slug, String adminEmail, String adminName) throws Exception {
        org.openqa.selenium.WebDriver chromium = Browser.open("fr");
        try {
            signIn(chromium, base, adminEmail, Discussion.PASSWORD, adminName);
            return commitmentUnderConsultation(chromium, base + "fr/r/" + slug + "/");
        } finally {
            chromium.quit();
        }
    }
}
