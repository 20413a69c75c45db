package org.consulta.translation;

import org.consulta.testing.Apertium;
import org.consulta.testing.Browser;
import org.consulta.testing.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.consulta.testing.Browser.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the demo shows a French visitor once the platform has Apertium: a platform of its own (one instance,
 * a fresh database, the demo seeded at first start with machine translation on), so that the demo of the
 * other tests stays as it is. The forum's texts and a Spanish comment read in French, labelled, with the
 * switch to the original, which works without script; axe-core on both pages.
 */
class MachineTranslationBrowserIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LABEL = "Traduction automatique — voir l’original";
    private static LocalCluster platform;

    @BeforeAll
    static void up() throws Exception {
        Apertium.ensureRunning();
        platform = LocalCluster.up(1, Map.of("CONSULTA_MT_URL", Apertium.URL, "CONSULTA_MT_DEFAULT", "on"));
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.down();
        }
    }

    @Test
    void aFrenchVisitorReadsTheDemoForumAndASpanishCommentInFrenchAndSwitchesToTheOriginal() throws Exception {
        String forum = platform.balancer() + "fr/r/demo/forum";
        String discussion = platform.balancer() + "fr/r/demo/plans/2025-2027/C1";
        long started = System.nanoTime();
        awaitPage(forum, LABEL);
        awaitPage(discussion, "class=\"mt-original\" lang=\"es\"");
        System.out.printf("MT: the demo's forum and C1 discussion read in French %d s after the first start%n",
                (System.nanoTime() - started) / 1_000_000_000L);

        WebDriver browser = Browser.open("fr");
        try {
            browser.get(forum);
            Browser.awaitText(browser, LABEL);
            WebElement text = browser.findElement(By.cssSelector("span.mt"));
            switchesToItsOriginal(text, "span");
            assertAccessible(browser);

            browser.get(discussion);
            Browser.awaitText(browser, LABEL);
            WebElement comment = browser.findElements(By.cssSelector(".comment-body.mt")).stream()
                    .filter(c -> !c.findElements(By.cssSelector("div.mt-original[lang='es']")).isEmpty()).findFirst().orElseThrow();
            assertEquals("fr", comment.getAttribute("lang"), "the comment's body is marked French, as the reader reads it");
            switchesToItsOriginal(comment, "div");
            assertAccessible(browser);
        } finally {
            browser.quit();
        }
    }

    /** The machine text shows and the original is hidden; the switch (a label, so keyboard and touch too) swaps them. */
    private static void switchesToItsOriginal(WebElement item, String element) {
        WebElement machine = item.findElement(By.cssSelector(element + ".mt-text"));
        WebElement original = item.findElement(By.cssSelector(element + ".mt-original"));
        assertTrue(machine.isDisplayed());
        assertFalse(original.isDisplayed());
        assertFalse(original.getAttribute("lang").equals("fr"), "the original is in another language, and says so");
        item.findElement(By.cssSelector("label.mt-switch")).click();
        assertTrue(original.isDisplayed(), "the original shows");
        assertFalse(machine.isDisplayed(), "in place of the machine's text");
        assertTrue(item.findElement(By.cssSelector(".mt-to-machine")).isDisplayed(), "and the switch says how to come back");
    }

    private static void awaitPage(String url, String text) throws Exception {
        long until = System.currentTimeMillis() + 300_000;
        String body = "";
        while (System.currentTimeMillis() < until) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && body.contains(text)) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(url + " never showed " + text + ":\n" + body);
    }
}
