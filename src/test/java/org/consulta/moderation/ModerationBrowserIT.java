package org.consulta.moderation;

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
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation as people meet it: three participants flag a comment and a visitor no longer reads it;
 * a moderator restores it from the queue. A repository switched to pre-moderation holds a newcomer's
 * comment until a moderator approves it. The author of a hidden comment appeals and a second
 * moderator decides; the transparency page shows the month's numbers. axe-core on every page.
 */
class ModerationBrowserIT extends AgainstDeployedWar {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension MAIL = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "une modération transparente";

    @Test
    void threeFlagsHideACommentAndAModeratorRestoresItFromTheQueue() throws Exception {
        Space space = new Space(List.of("fr", "es", "en"));
        String author = space.person("Lucía Autora", "es");
        String commitment = space.commitment();
        String text = "El registro actual es inútil y quien lo diseñó no sabía nada.";
        comment(author, "Lucía Autora", commitment.replace("/fr/r/", "/es/r/"), text, "Su comentario está publicado.");

        String[][] flaggers = {{"Flora Uno", "fr", "Signaler", "Envoyer le signalement", "Merci : votre signalement"},
                {"Fede Dos", "es", "Denunciar", "Enviar la denuncia", "Gracias: su denuncia"},
                {"Finn Three", "en", "Flag", "Send the flag", "Thank you: your flag"}};
        for (String[] f : flaggers) {
            String email = space.person(f[0], f[1]);
            WebDriver flagger = signedIn(email, f[0]);
            try {
                flagger.get(commitment.replace("/fr/r/", "/" + f[1] + "/r/"));
                awaitText(flagger, text);
                WebElement article = flagger.findElement(By.xpath("//article[contains(., '" + text + "')]"));
                article.findElement(By.cssSelector("details.flag summary")).click();
                new Select(article.findElement(By.cssSelector("select[id^='reason-']"))).selectByValue("OFFENSIVE");
                assertAccessible(flagger);
                article.findElement(By.cssSelector("button[value='flag']")).click();
                awaitText(flagger, f[4]);
            } finally {
                flagger.quit();
            }
        }

        WebDriver visitor = Browser.open("fr");
        try {
            visitor.get(commitment);
            String hidden = awaitText(visitor, "Masqué par la modération : injurieux ou abusif");
            assertFalse(hidden.contains(text), "the visitor no longer reads it");
            assertAccessible(visitor);

            String queue = decideInQueue(space, "Mona Modératrice", "FLAGGED", text, "Rétablir");
            assertTrue(queue.contains("injurieux ou abusif : 3 signalements") && queue.contains("masquée"), queue);
            assertTrue(queue.contains("1 élément signalé"), "the back office counts what waits: " + queue);
            visitor.navigate().refresh();
            awaitText(visitor, text);
        } finally {
            visitor.quit();
        }
    }

    /** Blocking is irreversible for the person until a moderator lifts it: refused until the box saying so is ticked. */
    @Test
    void blockingAPersonAsksForConfirmation() throws Exception {
        Space space = new Space(List.of("fr", "es"));
        String author = space.person("Bruno Brutal", "fr");
        String commitment = space.commitment();
        String text = "Ce commentaire sera signalé puis son auteur bloqué.";
        comment(author, "Bruno Brutal", commitment, text, "Votre commentaire est publié.").quit();
        WebDriver flagger = signedIn(space.person("Flore Vigilante", "fr"), "Flore Vigilante");
        try {
            flagger.get(commitment);
            WebElement article = flagger.findElement(By.xpath("//article[contains(., '" + text + "')]"));
            article.findElement(By.cssSelector("details.flag summary")).click();
            new Select(article.findElement(By.cssSelector("select[id^='reason-']"))).selectByValue("OFFENSIVE");
            article.findElement(By.cssSelector("button[value='flag']")).click();
            awaitText(flagger, "Merci : votre signalement");
        } finally {
            flagger.quit();
        }
        WebDriver moderator = signedIn(space.moderator("Max Modérateur"), "Max Modérateur");
        try {
            moderator.get(space.repo + "moderation?tab=FLAGGED");
            awaitText(moderator, text);
            WebElement row = moderator.findElement(By.xpath("//tr[contains(., '" + text + "')]"));
            row.findElement(By.cssSelector("details.block summary")).click();
            row.findElement(By.cssSelector("textarea[id^='justification-']")).sendKeys("Propos injurieux répétés.");
            row.findElement(By.cssSelector("button[value='block']")).click();
            awaitText(moderator, "Cochez la case pour confirmer le blocage.");
            assertAccessible(moderator);
            assertEquals(0, org.consulta.testing.Discussion.number("SELECT COUNT(*) FROM account_block WHERE account_id = ?",
                    org.consulta.testing.Discussion.accountId(author)), "nothing blocked without the confirmation");
            moderator.get(space.repo + "moderation?tab=FLAGGED");
            awaitText(moderator, text);
            row = moderator.findElement(By.xpath("//tr[contains(., '" + text + "')]"));
            row.findElement(By.cssSelector("details.block summary")).click();
            row.findElement(By.cssSelector("input[id^='block-confirm-']")).sendKeys(Keys.SPACE);
            row.findElement(By.cssSelector("textarea[id^='justification-']")).clear();
            row.findElement(By.cssSelector("textarea[id^='justification-']")).sendKeys("Propos injurieux répétés.");
            row.findElement(By.cssSelector("button[value='block']")).click();
            awaitText(moderator, "La personne est bloquée dans cet espace");
            assertEquals(1, org.consulta.testing.Discussion.number("SELECT COUNT(*) FROM account_block WHERE account_id = ? AND active = TRUE",
                    org.consulta.testing.Discussion.accountId(author)));
        } finally {
            moderator.quit();
        }
    }

    @Test
    void underPreModerationANewcomersCommentWaitsForAModerator() throws Exception {
        Space space = new Space(List.of("fr"));
        String commitment = space.commitment();
        preModeration(space);

        String newcomer = space.person("Noé Nouveau", "fr");
        String text = "Je découvre le registre : les avenants devraient y figurer.";
        WebDriver author = comment(newcomer, "Noé Nouveau", commitment, text, "un modérateur la lit avant de la publier");
        try {
            String own = awaitText(author, "En attente de modération");
            assertTrue(own.contains(text), "its author reads it");
            assertAccessible(author);
        } finally {
            author.quit();
        }
        WebDriver visitor = Browser.open("fr");
        try {
            visitor.get(commitment);
            assertFalse(awaitText(visitor, "Registre ouvert des marchés").contains(text), "no one else does");

            decideInQueue(space, "Marc Modérateur", "HELD", text, "Approuver");
            visitor.navigate().refresh();
            awaitText(visitor, text);
        } finally {
            visitor.quit();
        }
    }

    /** Three held contributions; the middle one is hidden from its own row, with its reason, by keyboard alone. */
    @Test
    void aModeratorHidesOneRowOfTheQueueWithItsReason() throws Exception {
        Space space = new Space(List.of("fr"));
        String commitment = space.commitment();
        preModeration(space);
        List<String> texts = List.of("Première contribution retenue, sur le calendrier des marchés.",
                "Deuxième contribution retenue : achetez mes montres pas chères.",
                "Troisième contribution retenue, sur les avenants au contrat.");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String email = org.consulta.testing.Discussion.person("Nouvelle " + i);
            try (org.htmlunit.WebClient newcomer = org.consulta.testing.Discussion.signedIn(base.toString(), email)) {
                org.consulta.testing.Discussion.comment(newcomer, commitment, texts.get(i));
            }
            ids.add(org.consulta.testing.Discussion.number("SELECT id FROM comment WHERE body LIKE ?", "%" + texts.get(i) + "%"));
        }
        WebDriver moderator = signedIn(space.moderator("Mia Modératrice"), "Mia Modératrice");
        try {
            moderator.get(space.repo + "moderation?tab=HELD");
            awaitText(moderator, texts.get(2));
            assertAccessible(moderator);
            WebElement reason = moderator.findElement(By.id("hide-reason-" + ids.get(1)));
            new Select(reason).selectByValue("SPAM");
            moderator.findElement(By.xpath("//tr[@id='item-" + ids.get(1) + "']//button[@value='step.HIDE']")).sendKeys(Keys.ENTER);
            awaitText(moderator, "Décision enregistrée.");
            assertAccessible(moderator);
        } finally {
            moderator.quit();
        }
        assertEquals("HIDDEN SPAM", visibility(ids.get(1)), "the middle row, with the reason chosen on it");
        assertEquals("HELD null", visibility(ids.get(0)), "the first row is untouched");
        assertEquals("HELD null", visibility(ids.get(2)), "the last row is untouched");
    }

    /** As the space's administrator: pre-moderation, newcomers' first comment held (axe on the settings page). */
    private void preModeration(Space space) {
        browser.get(space.repo + "admin/");
        awaitText(browser, "Politique de modération");
        new Select(browser.findElement(By.id("settings:mode"))).selectByValue("PRE");
        browser.findElement(By.id("settings:held")).clear();
        browser.findElement(By.id("settings:held")).sendKeys("1");
        assertAccessible(browser);
        browser.findElement(By.id("settings:save")).click();
        awaitText(browser, "Les paramètres sont enregistrés.");
    }

    private static String visibility(long id) throws Exception {
        try (java.sql.Connection c = org.consulta.testing.TestDatabase.connect(); java.sql.PreparedStatement q = c.prepareStatement(
                "SELECT visibility, hidden_reason FROM comment WHERE id = ?")) {
            q.setLong(1, id);
            try (java.sql.ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1) + " " + r.getString(2);
            }
        }
    }

    @Test
    void theAuthorOfAHiddenCommentAppealsAndASecondModeratorDecides() throws Exception {
        Space space = new Space(List.of("fr", "es", "en"));
        String authorEmail = space.person("Pablo Autor", "es");
        String commitment = space.commitment();
        String text = "El responsable, Jorge Ruiz, atiende en la oficina 12 del ministerio.";
        comment(authorEmail, "Pablo Autor", commitment.replace("/fr/r/", "/es/r/"), text, "Su comentario está publicado.").quit();

        WebDriver first = signedIn(space.moderator("Hugo Premier"), "Hugo Premier");
        try {
            first.get(commitment);
            WebElement article = first.findElement(By.xpath("//article[contains(., '" + text + "')]"));
            article.findElement(By.cssSelector("details.moderate summary")).click();
            new Select(article.findElement(By.cssSelector("select[id^='hide-reason-']"))).selectByValue("PERSONAL_DATA");
            assertAccessible(first);
            article.findElement(By.cssSelector("button[value='hide']")).click();
            awaitText(first, "Masqué par la modération : données personnelles exposées");
        } finally {
            first.quit();
        }
        jakarta.mail.internet.MimeMessage hiddenMail = Mailbox.await(MAIL, authorEmail, "Su contribución sobre C1 fue ocultada");
        assertTrue(Mailbox.body(hiddenMail).contains("datos personales expuestos"));

        WebDriver author = signedIn(authorEmail, "Pablo Autor");
        try {
            author.get(commitment.replace("/fr/r/", "/es/r/"));
            String page = awaitText(author, "Ocultado por la moderación: datos personales expuestos");
            assertTrue(page.contains(text), "its author still reads it: " + page);
            author.findElement(By.cssSelector("details.appeal summary")).click();
            author.findElement(By.cssSelector("textarea[id^='explanation-']")).sendKeys("Es un funcionario y su oficina es pública.");
            assertAccessible(author);
            author.findElement(By.cssSelector("button[value='appeal']")).click();
            awaitText(author, "Su recurso fue enviado.");
            awaitText(author, "lo examinará un moderador que no tomó la decisión");
        } finally {
            author.quit();
        }

        WebDriver firstAgain = signedIn(space.moderatorEmail("Hugo Premier"), "Hugo Premier");
        try {
            firstAgain.get(space.repo + "moderation/appeals");
            awaitText(firstAgain, "Vous avez pris la décision contestée");
            assertTrue(firstAgain.findElements(By.cssSelector("button[value='decide.reverse']")).isEmpty(), "no decision form for them");
            assertAccessible(firstAgain);
        } finally {
            firstAgain.quit();
        }
        WebDriver second = signedIn(space.moderator("Inès Seconde"), "Inès Seconde");
        try {
            second.get(space.repo + "moderation/appeals");
            awaitText(second, "Es un funcionario y su oficina es pública.");
            second.findElement(By.cssSelector("textarea[id^='reason-']")).sendKeys("L’adresse d’un bureau public n’est pas une donnée privée.");
            assertAccessible(second);
            second.findElement(By.cssSelector("button[value='decide.reverse']")).click();
            awaitText(second, "La contribution est de nouveau publique");
        } finally {
            second.quit();
        }
        jakarta.mail.internet.MimeMessage decided = Mailbox.await(MAIL, authorEmail, "Su recurso sobre C1 fue resuelto");
        assertTrue(Mailbox.body(decided).contains("su contribución vuelve a ser pública"));

        browser.get(space.repo.replace("/fr/r/", "/en/r/") + "transparency");
        awaitText(browser, "Moderation per month, the last twelve months");
        List<String> header = browser.findElements(By.cssSelector("#figures thead th")).stream().map(WebElement::getText).toList();
        List<String> thisMonth = browser.findElements(By.cssSelector("#figures tbody tr:first-child > *")).stream()
                .map(WebElement::getText).toList();
        assertEquals("1", thisMonth.get(header.indexOf("Hidden: personal data exposed")), thisMonth.toString());
        assertEquals("1", thisMonth.get(header.indexOf("Restored")), thisMonth.toString());
        assertEquals("1", thisMonth.get(header.indexOf("Appealed")), thisMonth.toString());
        assertEquals("0", thisMonth.get(header.indexOf("Accounts blocked")), thisMonth.toString());
        assertAccessible(browser);
    }

    // --- helpers

    /**
     * A new moderator opens a tab of the queue and clicks {@code button} on the row of {@code text};
     * axe checks the queue before and after. Returns the queue as it was first read.
     */
    private String decideInQueue(Space space, String name, String tab, String text, String button) throws Exception {
        WebDriver moderator = signedIn(space.moderator(name), name);
        try {
            moderator.get(space.repo + "moderation?tab=" + tab);
            String queue = awaitText(moderator, text);
            assertAccessible(moderator);
            moderator.findElement(By.xpath("//tr[contains(., '" + text + "')]//button[normalize-space()='" + button + "']")).click();
            awaitText(moderator, "Décision enregistrée.");
            assertAccessible(moderator);
            return queue;
        } finally {
            moderator.quit();
        }
    }

    /** Signs {@code email} in, comments on the whole commitment at {@code url}; returns the signed-in browser. */
    private WebDriver comment(String email, String name, String url, String text, String confirmation) {
        WebDriver person = signedIn(email, name);
        person.get(url);
        person.findElement(By.id("comment:body")).sendKeys(text);
        person.findElement(By.id("comment:send")).click();
        awaitText(person, confirmation);
        return person;
    }

    private WebDriver signedIn(String email, String name) {
        WebDriver person = Browser.open("fr");
        BackOffice.signIn(person, base.toString(), email, PASSWORD, name);
        return person;
    }

    /** A repository of its own, its administrator signed in in {@link #browser}, and the people the test adds. */
    private final class Space {
        final String slug = "mod-" + UUID.randomUUID().toString().substring(0, 6);
        final String repo = base + "fr/r/" + slug + "/";
        private final java.util.Map<String, String> moderators = new java.util.HashMap<>();

        Space(List<String> languages) throws Exception {
            TestDatabase.createRepository(slug, languages, "Ville modérée");
            String admin = person("Alix Admin", "fr");
            TestDatabase.grant(admin, slug, "ADMINISTRATOR");
            browser = Browser.open("fr");
            BackOffice.signIn(browser, base.toString(), admin, PASSWORD, "Alix Admin");
        }

        String person(String name, String language) throws Exception {
            String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            TestDatabase.createAccount(email, name, PASSWORD, false, language);
            return email;
        }

        String moderator(String name) throws Exception {
            String email = person(name, "fr");
            TestDatabase.grant(email, slug, "MODERATOR");
            moderators.put(name, email);
            return email;
        }

        String moderatorEmail(String name) {
            return moderators.get(name);
        }

        String commitment() {
            return BackOffice.commitmentUnderConsultation(browser, repo);
        }
    }
}
