package org.consulta.web;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.consulta.testing.Browser.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures of the main public pages of the demo, in French, Spanish and English, written to
 * {@code src/site/screenshots/} (the README shows some): what a newcomer sees first, kept up to date by the
 * suite itself. Each page is checked with axe-core before it is photographed.
 */
class ScreenshotsBrowserIT extends AgainstDeployedWar {

    private static final Path FOLDER = Path.of("src/site/screenshots");

    @Test
    void theMainPagesArePhotographedInEveryLanguage() throws Exception {
        Files.createDirectories(FOLDER);
        for (String lang : List.of("fr", "es", "en")) {
            browser = Browser.open(lang);
            browser.get(base + lang + "/r/demo/plans/2025-2027/C1");
            Matcher consultation = Pattern.compile("consultations/(\\d+)").matcher(browser.getPageSource());
            assertTrue(consultation.find(), "the commitment links its consultation");
            browser.get(base + lang + "/r/demo/forum");
            Matcher ballot = Pattern.compile("forum/ballots/(\\d+)").matcher(browser.getPageSource());
            assertTrue(ballot.find(), "the forum links a ballot");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("home", "r/demo/");
            pages.put("plan", "r/demo/plans/2025-2027/");
            pages.put("commitment", "r/demo/plans/2025-2027/C1");
            pages.put("consultation", "r/demo/consultations/" + consultation.group(1));
            pages.put("ballot", "r/demo/forum/ballots/" + ballot.group(1));
            pages.put("search", "r/demo/search?q=contrat");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(base + lang + "/" + page.getValue());
                browser.findElement(By.tagName("h1"));
                assertAccessible(browser);
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                assertTrue(png.length > 10_000, page.getKey() + " " + lang + ": a picture, " + png.length + " bytes");
                Files.write(FOLDER.resolve(page.getKey() + "-" + lang + ".png"), png);
            }
            browser.quit();
            browser = null;
        }
    }
}
