package org.consulta.comment;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.consulta.testing.Discussion.idOf;
import static org.consulta.testing.Discussion.number;
import static org.consulta.testing.Discussion.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A discussion of six threads in Chromium, in Spanish and in French: a participant replies to the
 * first, a middle and the last comment, flags the first and supports the middle one; a moderator hides
 * the first from the page. Each effect is on the comment clicked. axe-core on every page visited.
 */
class DiscussionBrowserIT extends AgainstDeployedWar {

    @Test
    void aParticipantAndAModeratorActOnTheFirstAMiddleAndTheLastComment() throws Exception {
        String slug = "hilos-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville des fils");
        String admin = person("Alix Admin", "fr");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String moderator = person("Mona Modératrice", "fr");
        TestDatabase.grant(moderator, slug, "MODERATOR");
        String lucia = person("Lucía", "es");
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), admin, Discussion.PASSWORD, "Alix Admin");
        String url = BackOffice.commitmentUnderConsultation(browser, base + "fr/r/" + slug + "/");
        browser.quit();
        browser = null;

        List<String> texts = new ArrayList<>();
        List<WebClient> writers = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Chloé")) {
            writers.add(Discussion.signedIn(base.toString(), person(name, "fr")));
        }
        for (int i = 0; i < 6; i++) {
            texts.add("Contribution " + (i + 1) + " " + slug);
            Discussion.comment(writers.get(i % 3), url, texts.get(i));
        }
        writers.forEach(WebClient::close);
        long first = idOf(texts.get(0));
        long middle = idOf(texts.get(2));
        long last = idOf(texts.get(5));
        String spanish = url.replace("/fr/r/", "/es/r/") + "?order=OLDEST";

        WebDriver participant = Browser.open("es");
        try {
            BackOffice.signIn(participant, base.toString(), lucia, Discussion.PASSWORD, "Lucía");
            for (long target : List.of(first, middle, last)) {
                participant.get(spanish);
                awaitText(participant, texts.get(5));
                assertAccessible(participant);
                WebElement comment = participant.findElement(By.id("comment-" + target));
                comment.findElement(By.cssSelector("textarea[id='reply-" + target + "']")).sendKeys("Respuesta a " + target);
                comment.findElement(By.cssSelector("button[value='reply']")).click();
                awaitText(participant, "Su respuesta está publicada.");
                assertEquals(target, number("SELECT parent_id FROM comment WHERE body = ?", "Respuesta a " + target));
            }
            assertAccessible(participant);

            participant.get(spanish);
            WebElement firstComment = participant.findElement(By.id("comment-" + first));
            firstComment.findElement(By.cssSelector("details.flag summary")).click();
            new Select(firstComment.findElement(By.id("reason-" + first))).selectByValue("SPAM");
            assertAccessible(participant);
            firstComment.findElement(By.cssSelector("button[value='flag']")).click();
            awaitText(participant, "Gracias");
            assertEquals(List.of(first), numbers("SELECT target_id FROM flag WHERE flagger_id = ?", Discussion.accountId(lucia)));

            participant.get(spanish);
            participant.findElement(By.id("comment-" + middle)).findElement(By.cssSelector("button[value='vote.up']")).click();
            String voted = awaitText(participant, "Su voto quedó registrado.");
            assertTrue(participant.findElement(By.id("comment-" + middle)).getText().contains("1 apoyo"), voted);
            assertEquals(List.of(middle), numbers("SELECT comment_id FROM comment_vote WHERE account_id = ?", Discussion.accountId(lucia)));
            assertAccessible(participant);
        } finally {
            participant.quit();
        }

        WebDriver moderating = Browser.open("fr");
        try {
            BackOffice.signIn(moderating, base.toString(), moderator, Discussion.PASSWORD, "Mona Modératrice");
            moderating.get(url + "?order=OLDEST");
            awaitText(moderating, texts.get(5));
            WebElement firstComment = moderating.findElement(By.id("comment-" + first));
            firstComment.findElement(By.cssSelector("details.moderate summary")).click();
            new Select(firstComment.findElement(By.id("hide-reason-" + first))).selectByValue("SPAM");
            assertAccessible(moderating);
            firstComment.findElement(By.cssSelector("button[value='hide']")).click();
            awaitText(moderating, "Décision enregistrée.");
            assertTrue(moderating.findElement(By.id("comment-" + first)).getText().contains("Masqué par la modération"),
                    moderating.findElement(By.id("comment-" + first)).getText());
            assertTrue(moderating.findElement(By.id("comment-" + middle)).getText().contains(texts.get(2)), "the middle one is untouched");
            assertAccessible(moderating);
        } finally {
            moderating.quit();
        }
        assertEquals(List.of(first), numbers("SELECT id FROM comment WHERE visibility = 'HIDDEN' AND repository_id = "
                + "(SELECT id FROM repository WHERE slug = ?)", slug));
    }

    private static String person(String name, String language) throws Exception {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, Discussion.PASSWORD, false, language);
        return email;
    }
}
