package org.consulta.tracking;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator adopts a commitment and appoints a reporter from its lead institution; the reporter,
 * reading Spanish, marks a milestone completed with a PDF as evidence; a French visitor sees the update
 * in the commitment's history and the plan's dashboard; the demo's OGP repository view links the forum,
 * its minutes and ballots, the plans, their documents, consultations, reports and dashboards. axe-core
 * on every page.
 */
class TrackingBrowserIT extends AgainstDeployedWar {

    private static final String PASSWORD = "un suivi public et daté";

    @Test
    void aReporterMarksAMilestoneCompletedWithAPdfAndAVisitorSeesItOnTheDashboard() throws Exception {
        String slug = "suivi-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville suivie");
        String admin = account("Alix Admin", "fr");
        String reporter = account("Rosa Reportera", "es");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        BackOffice.createPlan(browser, repo, "2026-2027", "Plan d’action 2026–2027");
        browser.findElement(By.linkText("Ajouter un engagement")).click();
        awaitText(browser, "Nouvel engagement");
        BackOffice.fillCommitment(browser, "Registre ouvert des marchés", "Les marchés sont opaques.",
                "Publier les marchés en données ouvertes.", 2);
        browser.findElement(By.id("draft:save")).click();
        awaitText(browser, "L’engagement a été créé comme projet.");
        browser.findElement(By.id("publish:publish")).click();
        awaitText(browser, "Version 1 sur 1");
        String commitment = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        browser.get(commitment + "/edit");
        new Select(browser.findElement(By.id("stage-form:stage"))).selectByValue("FINAL");
        browser.findElement(By.id("stage-form:move")).click();
        awaitText(browser, "L’étape de l’engagement a été modifiée.");
        browser.get(commitment);
        awaitText(browser, "Avancement de la mise en œuvre");
        browser.findElement(By.id("appoint:email")).sendKeys(reporter);
        browser.findElement(By.id("appoint:appoint")).click();
        awaitText(browser, "La personne chargée du suivi est nommée.");
        assertAccessible(browser);

        Path pdf = Browser.seedPdf("acta");
        WebDriver rosa = Browser.open("es");
        try {
            BackOffice.signIn(rosa, base.toString(), reporter, PASSWORD, "Rosa Reportera");
            rosa.get(commitment.replace("/fr/r/", "/es/r/"));
            awaitText(rosa, "Informar del avance");
            new Select(rosa.findElement(By.id("report:status"))).selectByValue("COMPLETED");
            rosa.findElement(By.id("report:note")).sendKeys("El registro está en línea desde marzo.");
            rosa.findElement(By.id("report:evidence")).sendKeys(pdf.toAbsolutePath().toString());
            assertAccessible(rosa);
            rosa.findElement(By.id("report:send")).click();
            String page = awaitText(rosa, "La actualización está publicada.");
            assertTrue(page.contains("Nivel de cumplimiento: Sustancial."), "one of two milestones completed: " + page);
            assertAccessible(rosa);
        } finally {
            rosa.quit();
            Files.deleteIfExists(pdf);
        }

        WebDriver visitor = Browser.open("fr");
        try {
            visitor.get(commitment);
            String page = awaitText(visitor, "Historique des mises à jour");
            assertTrue(page.contains("Niveau d’achèvement : Substantiel.") && page.contains("achevé")
                    && page.contains("El registro está en línea desde marzo.") && page.contains("Rosa Reportera"), page);
            String timeline = visitor.findElement(By.id("timeline")).getText();
            assertTrue(timeline.contains("Avancement rapporté") && timeline.contains("Version 1 publiée"), timeline);
            var evidence = visitor.findElement(By.cssSelector("#progress .timeline a[href*='/evidence/']"));
            assertTrue(evidence.getText().endsWith(".pdf"), "the evidence is linked");
            Browser.assertPdfAttachment(evidence.getAttribute("href"));
            assertAccessible(visitor);
            visitor.get(repo + "plans/2026-2027/");
            String plan = awaitText(visitor, "Tableau de bord de la mise en œuvre");
            assertTrue(visitor.findElement(By.id("levels-text")).getText().contains("Substantiel : 1"), plan);
            // the chart (PrimeFaces' Chart.js) draws the same five levels, the one substantial commitment among them
            Object bars = new org.openqa.selenium.support.ui.WebDriverWait(visitor, java.time.Duration.ofSeconds(10)).until(d ->
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("var c = document.querySelector('#levels-chart canvas');"
                            + " var chart = c && window.Chart && Chart.getChart(c);"
                            + " return chart ? chart.data.labels.map(function (l, i) { return l + '=' + chart.data.datasets[0].data[i]; }).join('|') : null;"));
            assertTrue(String.valueOf(bars).contains("Substantiel=1") && String.valueOf(bars).split("\\|").length == 5, "chart: " + bars);
            assertAccessible(visitor);

            visitor.get(base + "fr/r/demo/ogp");
            awaitText(visitor, "Dépôt pour le Partenariat pour un gouvernement ouvert");
            List<String> links = visitor.findElements(By.cssSelector("main a")).stream().map(a -> a.getAttribute("href")).toList();
            for (String expected : List.of("/forum", "/forum#meetings", "/forum/ballots/", "/plans/2025-2027/", "/plans/2023-2025/",
                    "/documents/demo/", "/consultations/", "/reports/demo/", "/plans/2023-2025/#dashboard",
                    "/open-data/demo/contributions.csv", "/open-data/demo/ballots.json", "creativecommons.org/licenses/by/4.0")) {
                assertTrue(links.stream().anyMatch(l -> l.contains(expected)), "the repository view links " + expected + ": " + links);
            }
            assertTrue(visitor.findElement(By.tagName("main")).getText().contains("2 gouvernement, 2 société civile"));
            assertAccessible(visitor);
        } finally {
            visitor.quit();
        }

        String citizen = account("Chloé Citoyenne", "fr");
        WebDriver chloe = Browser.open("fr");
        try {
            BackOffice.signIn(chloe, base.toString(), citizen, PASSWORD, "Chloé Citoyenne");
            chloe.get(commitment);
            awaitText(chloe, "Historique des mises à jour");
            chloe.findElement(By.linkText("Commenter cette mise à jour")).click();
            awaitText(chloe, "Mise à jour de l’avancement de C1");
            assertTrue(chloe.findElement(By.tagName("main")).getText().contains("El registro está en línea desde marzo."),
                    "the update is shown above its discussion");
            chloe.findElement(By.id("comment:body")).sendKeys("Le registre inclut-il les avenants aux marchés ?");
            assertAccessible(chloe);
            chloe.findElement(By.id("comment:send")).click();
            String page = awaitText(chloe, "Votre commentaire est publié.");
            assertTrue(chloe.getCurrentUrl().contains("/updates/"), "back on the update's page: " + chloe.getCurrentUrl());
            assertTrue(page.contains("Le registre inclut-il les avenants aux marchés ?") && page.contains("1 commentaire"), page);
            assertAccessible(chloe);
            chloe.get(commitment);
            awaitText(chloe, "Discuter cette mise à jour (1 commentaire)");
        } finally {
            chloe.quit();
        }
    }

    @Test
    void anEnglishVisitorReadsCivilSocietysQuestionOnADemoUpdateAndTheGovernmentsAnswer() {
        browser = Browser.open("en");
        browser.get(base + "en/r/demo/plans/2023-2025/C2");
        awaitText(browser, "History of the updates");
        browser.findElement(By.partialLinkText("Discuss this update (2 comments)")).click();
        String page = awaitText(browser, "Progress update on C2");
        assertTrue(page.contains("Inventario al 60 %.") && page.contains("The inventory leaves out the rural sampling points")
                && page.contains("En mi barrio el punto de muestreo tampoco figura.")
                && page.contains("Response from Empresa Pública de Aguas")
                && page.contains("The 14 rural points are added to the inventory"), page);
        assertTrue(page.contains("Answered: 1 of 1 contribution"), page);
        assertAccessible(browser);
    }

    private static String account(String name, String language) throws Exception {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, PASSWORD, false, language);
        return email;
    }
}
