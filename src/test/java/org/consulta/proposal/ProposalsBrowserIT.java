package org.consulta.proposal;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.Mailbox;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-creation as its people live it: an administrator opens a call on a plan in co-creation (confirming
 * a short notice); a facilitator reading in English records a workshop in Puerto Sur, types one of its
 * proposals in Spanish and uploads a file whose bad line is named and nothing kept, then the corrected
 * file; a Spanish citizen proposes and, while typing the title, is shown the workshop's similar proposal (and
 * again by the button that works without JavaScript); a French participant
 * supports it from the call's list, where it is labelled as written in Spanish, and comments on it; the administrator links
 * it and the workshop's proposal to commitment C1 and answers both; the citizen is mailed in Spanish and
 * reads "became part of C1"; the responders' queue keeps the workshop's other proposals;
 * the commitment says it comes from two proposals; the report counts them (the workshop's four and the citizen's one).
 * axe-core checks every page.
 */
class ProposalsBrowserIT extends AgainstDeployedWar {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension MAIL = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "des propositions de partout";
    private static final String CITIZENS = "Análisis del agua potable por barrio";
    private static final String WORKSHOPS = "Agua potable: publicar los análisis";

    @Test
    void proposalsFromAWorkshopAndOnlineBecomePartOfACommitmentWithAResponse() throws Exception {
        String slug = "prop-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville co-construite");
        String admin = person("admin");
        String citizen = person("lucia");
        String participant = person("pierre");
        String facilitator = person("fran");
        TestDatabase.createAccount(admin, "Alix Admin", PASSWORD, false, "fr");
        TestDatabase.createAccount(citizen, "Lucía Ciudadana", PASSWORD, false, "es");
        TestDatabase.createAccount(participant, "Pierre Participant", PASSWORD, false, "fr");
        TestDatabase.createAccount(facilitator, "Fran Facilitator", PASSWORD, false, "en");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        TestDatabase.grant(facilitator, slug, "FACILITATOR");
        String repo = base + "fr/r/" + slug + "/";

        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        String commitmentUrl = BackOffice.commitmentUnderConsultation(browser, repo);
        String callUrl = openCall(repo);

        WebDriver fran = Browser.open("en");
        try {
            BackOffice.signIn(fran, base.toString(), facilitator, PASSWORD, "Fran Facilitator");
            recordWorkshop(fran, callUrl.replace("/fr/r/", "/en/r/"));
        } finally {
            fran.quit();
        }

        String proposalUrl;
        WebDriver lucia = Browser.open("es");
        try {
            BackOffice.signIn(lucia, base.toString(), citizen, PASSWORD, "Lucía Ciudadana");
            lucia.get(callUrl.replace("/fr/r/", "/es/r/"));
            awaitText(lucia, "Abierta a propuestas");
            assertAccessible(lucia);
            lucia.findElement(By.linkText("Hacer una propuesta")).click();
            awaitText(lucia, "Describa un problema público");
            assertAccessible(lucia);
            lucia.findElement(By.id("proposal:title")).sendKeys(CITIZENS);
            // while typing: the form's script asks for similar proposals, no click needed
            String suggested = awaitText(lucia, "Propuestas parecidas ya hechas");
            assertTrue(suggested.contains(WORKSHOPS), suggested);
            assertAccessible(lucia);
            lucia.findElement(By.id("proposal:similar")).click(); // and the button does the same without JavaScript
            suggested = awaitText(lucia, "Propuestas parecidas ya hechas");
            assertTrue(suggested.contains(WORKSHOPS) && lucia.findElement(By.id("proposal:title")).getAttribute("value").equals(CITIZENS), suggested);
            lucia.findElement(By.id("proposal:problem")).sendKeys("Nadie sabe qué agua bebe su barrio.");
            lucia.findElement(By.id("proposal:solution")).sendKeys("Publicar cada mes los análisis de cada barrio.");
            lucia.findElement(By.id("proposal:send")).click();
            String page = awaitText(lucia, "Su propuesta está publicada.");
            assertTrue(page.contains("Propuesta en línea por Lucía Ciudadana"), page);
            assertAccessible(lucia);
            proposalUrl = lucia.getCurrentUrl();
        } finally {
            lucia.quit();
        }

        WebDriver pierre = Browser.open("fr");
        try {
            BackOffice.signIn(pierre, base.toString(), participant, PASSWORD, "Pierre Participant");
            pierre.get(callUrl);
            String list = awaitText(pierre, "Ouvert aux propositions");
            assertTrue(list.contains("écrite en espagnol"), "content in another language is labelled: " + list);
            assertAccessible(pierre);
            pierre.findElement(By.cssSelector("form[aria-label='Soutien de « " + CITIZENS + " »'] button[value='support']")).click();
            String supported = awaitText(pierre, "Votre soutien est enregistré.");
            assertTrue(supported.contains("Vous soutenez cette proposition."), supported);
            assertTrue(supported.contains("1 soutien"), supported);
            assertAccessible(pierre);
            pierre.findElement(By.linkText(CITIZENS)).click();
            awaitText(pierre, "Le problème public");
            pierre.findElement(By.id("comment:body")).sendKeys("Et les puits des zones rurales ?");
            pierre.findElement(By.id("comment:send")).click();
            String discussed = awaitText(pierre, "Et les puits des zones rurales ?");
            assertTrue(discussed.contains("1 commentaire"), discussed);
            assertAccessible(pierre);
        } finally {
            pierre.quit();
        }

        answer(proposalUrl.replace("/es/r/", "/fr/r/"), "Retenue : les analyses seront publiées chaque mois.");
        browser.get(callUrl);
        awaitText(browser, WORKSHOPS);
        browser.findElement(By.linkText(WORKSHOPS)).click();
        awaitText(browser, "De l’atelier de Puerto Sur");
        answer(browser.getCurrentUrl(), "Retenue avec la proposition en ligne.");

        browser.get(repo + "admin/responses");
        String queue = awaitText(browser, "Propositions en attente de réponse");
        assertTrue(queue.contains("Bus de nuit vers le port") && !queue.contains(CITIZENS) && !queue.contains(WORKSHOPS), queue);
        assertAccessible(browser);

        var mail = Mailbox.await(MAIL, citizen, "Su propuesta «" + CITIZENS + "» tiene una respuesta");
        String body = Mailbox.body(mail);
        assertTrue(body.contains("Hola, Lucía Ciudadana") && body.contains("aceptada"), body);
        Matcher link = Pattern.compile("(http\\S+/proposals/\\d+)").matcher(body);
        assertTrue(link.find(), body);
        WebDriver again = Browser.open("es");
        try {
            again.get(link.group(1).replaceFirst("^http://[^/]+/", base.toString()));
            String read = awaitText(again, "Pasó a formar parte del compromiso C1");
            assertTrue(read.contains("Respuesta: Aceptada") && read.contains("Retenue : les analyses seront publiées"), read);
            assertAccessible(again);
        } finally {
            again.quit();
        }

        browser.get(commitmentUrl);
        String commitment = awaitText(browser, "Issu de 2 propositions");
        assertTrue(commitment.contains(CITIZENS) && commitment.contains(WORKSHOPS), commitment);
        assertAccessible(browser);
        browser.get(callUrl + "/report");
        String report = awaitText(browser, "En chiffres");
        assertTrue(report.contains("Propositions : 5 (1 en ligne, 4 issues d’ateliers, où 30 personnes ont participé)"), report);
        assertTrue(report.contains("soutiens : 1 · avec réponse : 2 · reprises dans un engagement : 2."), report);
        assertAccessible(browser);
    }

    /** As the administrator: a call on the plan in co-creation, its short notice refused then confirmed; the call's URL. */
    private String openCall(String repo) {
        browser.get(repo + "plans/2026-2027/");
        awaitText(browser, "Ouvrir un appel à propositions");
        browser.findElement(By.linkText("Ouvrir un appel à propositions")).click();
        awaitText(browser, "Annoncé le");
        assertAccessible(browser);
        browser.findElements(By.cssSelector("#call input[id$=':title']")).get(0).sendKeys("Appel à propositions 2026");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        BackOffice.date(browser, browser.findElement(By.id("call:opens")), now.minusHours(1).format(local));
        BackOffice.date(browser, browser.findElement(By.id("call:closes")), now.plusDays(20).format(local));
        browser.findElement(By.id("call:open")).click();
        String refused = awaitText(browser, "préavis plus court que le minimum");
        assertTrue(refused.indexOf("préavis plus court") == refused.lastIndexOf("préavis plus court"), "said once: " + refused);
        assertAccessible(browser);
        browser.findElement(By.id("call:shortNotice")).click();
        browser.findElement(By.id("call:open")).click();
        awaitText(browser, "L’appel à propositions est programmé.");
        assertAccessible(browser);
        return browser.getCurrentUrl().replaceAll("\\?.*$", "");
    }

    /** As the facilitator, in English: the workshop, one proposal typed in Spanish, a bad file refused whole, the corrected one kept. */
    private void recordWorkshop(WebDriver fran, String callUrl) throws Exception {
        fran.get(callUrl);
        awaitText(fran, "Open for proposals");
        fran.findElement(By.linkText("Record a workshop")).click();
        awaitText(fran, "A new workshop");
        assertAccessible(fran);
        fran.findElement(By.id("workshop:place")).sendKeys("Puerto Sur");
        fran.findElement(By.id("workshop:participants")).sendKeys("30");
        fran.findElement(By.id("workshop:organisation")).sendKeys("Municipalidad de Puerto Sur");
        fran.findElement(By.id("workshop:record")).click();
        awaitText(fran, "The workshop is recorded");
        assertAccessible(fran);
        new Select(fran.findElement(By.id("typed:language"))).selectByValue("es");
        fran.findElement(By.id("typed:title")).sendKeys(WORKSHOPS);
        fran.findElement(By.id("typed:problem")).sendKeys("Los vecinos no conocen la calidad del agua.");
        fran.findElement(By.id("typed:solution")).sendKeys("Publicar los análisis de cada mes.");
        fran.findElement(By.id("typed:add")).click();
        awaitText(fran, "The proposal is recorded.");
        Path file = Files.createTempFile("workshop", ".csv");
        try {
            Files.writeString(file, "title,problem,solution,language\nBus de nuit vers le port,Pas de bus,Un bus de nuit,fr\n"
                    + "No,Problema,Solución,es\nNight market permits online,Paper forms,An online form,de\n");
            fran.findElement(By.id("file:csv")).sendKeys(file.toString());
            fran.findElement(By.id("file:import")).click();
            String refused = awaitText(fran, "Nothing was imported");
            assertTrue(refused.contains("Line 3, column “title”") && refused.contains("Line 4, column “language”"), refused);
            assertAccessible(fran);
            Files.writeString(file, Files.readString(file).replace("No,Problema", "Horario del mercado,Problema").replace(",de\n", ",en\n"));
            fran.findElement(By.id("file:csv")).sendKeys(file.toString());
            fran.findElement(By.id("file:import")).click();
            String kept = awaitText(fran, "The file’s proposals are recorded.");
            assertFalse(kept.contains("Nothing was imported"), kept);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** As the administrator: the proposal linked to C1 with a note, and answered "accepted" with a French reasoning. */
    private void answer(String proposalUrl, String reasoning) {
        browser.get(proposalUrl + "/manage");
        awaitText(browser, "Ce qu’est devenue cette proposition");
        assertAccessible(browser);
        Select commitment = new Select(browser.findElement(By.id("link:commitment")));
        commitment.getOptions().stream().filter(o -> o.getText().startsWith("C1 ")).findFirst().orElseThrow().click();
        browser.findElement(By.id("link:note")).sendKeys("Repris dans le jalon 1.");
        browser.findElement(By.id("link:add-link")).click();
        awaitText(browser, "La proposition est liée à l’engagement.");
        new Select(browser.findElement(By.id("answer:status"))).selectByValue("ACCEPTED");
        browser.findElements(By.cssSelector("#answer textarea[id$=':reasoning']")).get(0).sendKeys(reasoning);
        browser.findElement(By.id("answer:send-answer")).click();
        awaitText(browser, "La réponse est publiée");
        assertAccessible(browser);
    }

    private static String person(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
