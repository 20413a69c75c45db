package org.consulta.web.admin;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Browser;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.consulta.testing.Browser.awaitText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's lists as PrimeFaces lazy tables in a real browser: paged, sorted and filtered by the
 * database (30 entries, pages of 25), used with the keyboard, their pager in the page's language, and
 * axe-core after every change in French, Spanish and English.
 */
class BackOfficeTablesBrowserIT extends AgainstDeployedWar {

    private static final Map<String, String> REPORT = Map.of("fr", "1–25 sur 30", "es", "1–25 de 30", "en", "1–25 of 30");
    private static final Map<String, String> NEXT = Map.of("fr", "Page suivante", "es", "Siguiente página", "en", "Next Page");

    @Test
    void theAuditLogIsPagedSortedAndFilteredInTheDatabase() throws Exception {
        String slug = "tables-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), "Ville des tableaux");
        String email = "theo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, "Théo Tableau", Discussion.PASSWORD, false, "fr");
        TestDatabase.grant(email, slug, "ADMINISTRATOR");
        String[] actions = {"role.granted", "member.invited", "moderation.hide"};
        try (Connection c = TestDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_entry (id, version, created_at, repository_id, actor_id, action, target) "
                        + "SELECT ?, 1, ?, id, NULL, ?, ? FROM repository WHERE slug = ?")) {
            Instant start = Instant.now().minus(Duration.ofHours(1));
            for (int i = 0; i < 30; i++) {
                insert.setLong(1, 8_000_000_000_000L + System.nanoTime() % 1_000_000_000L + i);
                insert.setTimestamp(2, Timestamp.from(start.plusSeconds(i)));
                insert.setString(3, actions[i % 3]);
                insert.setString(4, String.format("cible-%02d", i));
                insert.setString(5, slug);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String audit = base + "%s/r/" + slug + "/admin/audit";
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Théo Tableau");
        for (String lang : List.of("fr", "es", "en")) {
            browser.get(String.format(audit, lang));
            awaitText(browser, REPORT.get(lang));
            assertEquals("cible-29", targets(browser).get(0), "newest first");
            assertEquals(25, targets(browser).size());
            WebElement next = browser.findElement(By.cssSelector(".ui-paginator-next"));
            assertEquals(NEXT.get(lang).toLowerCase(), next.getAccessibleName().toLowerCase(), "the pager speaks the page's language");
            assertAccessible(browser);
        }

        browser.get(String.format(audit, "fr"));
        awaitText(browser, REPORT.get("fr"));
        // the keyboard alone: the pager's next link, the target column's sort
        browser.findElement(By.cssSelector(".ui-paginator-next")).sendKeys(Keys.ENTER);
        awaitText(browser, "26–30 sur 30");
        assertEquals(List.of("cible-04", "cible-03", "cible-02", "cible-01", "cible-00"), targets(browser), "the last page, oldest last");
        assertAccessible(browser);
        WebElement sortByTarget = browser.findElement(By.xpath("//th[contains(@class, 'ui-sortable-column')][contains(., 'Sur')]"));
        sortByTarget.sendKeys(Keys.ENTER);
        awaitFirst(browser, "cible-00");
        assertEquals("cible-24", targets(browser).get(24), "sorted by the database across the whole log, a page of it");
        assertAccessible(browser);

        new Select(browser.findElement(By.cssSelector("select[id$=':action']"))).selectByValue("moderation.hide");
        awaitText(browser, "1–10 sur 10");
        assertTrue(targets(browser).stream().allMatch(t -> Integer.parseInt(t.substring(6)) % 3 == 2), "only hidings");
        WebElement target = browser.findElement(By.cssSelector("input[id$=':target']"));
        target.sendKeys("CIBLE-2", Keys.ENTER);
        awaitText(browser, "1–4 sur 4");
        assertEquals(List.of("cible-20", "cible-23", "cible-26", "cible-29"), targets(browser), "both filters, any case, still sorted");
        assertAccessible(browser);
    }

    /** The "On" column of the rows shown. */
    static List<String> targets(WebDriver browser) {
        return browser.findElements(By.cssSelector("tbody.ui-datatable-data > tr > td:nth-child(4)")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static void awaitFirst(WebDriver browser, String first) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !targets(d).isEmpty() && first.equals(targets(d).get(0)));
    }
}
