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
        String email = administrator(slug, "Ville des tableaux", "Théo Tableau");
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

    @Test
    void membersArePagedFilteredAndEachRowsRevocationLandsOnItsRow() throws Exception {
        String slug = "members-" + UUID.randomUUID().toString().substring(0, 6);
        String email = administrator(slug, "Ville des membres", "Ada Admin");
        String tag = UUID.randomUUID().toString().substring(0, 4);
        for (int i = 1; i <= 23; i++) {
            String member = String.format("m%02d-%s@example.org", i, tag);
            TestDatabase.createAccount(member, String.format("Membre %02d", i), Discussion.PASSWORD, false, "fr");
            TestDatabase.grant(member, slug, i % 2 == 0 ? "RESPONDER" : "MODERATOR");
        }
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Ada Admin");
        for (String lang : List.of("fr", "es", "en")) {
            browser.get(base + lang + "/r/" + slug + "/admin/members");
            awaitText(browser, "Membre 19");
            assertEquals(20, names(browser).size(), "a page of 20 of the 24 members");
            assertAccessible(browser);
        }
        browser.get(base + "fr/r/" + slug + "/admin/members");
        awaitText(browser, "1–20 sur 24");
        browser.findElement(By.cssSelector(".ui-paginator-next")).sendKeys(Keys.ENTER);
        awaitText(browser, "21–24 sur 24");
        assertEquals(List.of("Membre 20", "Membre 21", "Membre 22", "Membre 23"), names(browser));
        // someone else removes Membre 21 while this page is open; then this page's last and first rows are revoked
        try (Connection c = TestDatabase.connect(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM role_grant WHERE account_id = (SELECT id FROM account WHERE email = ?)")) {
            delete.setString(1, String.format("m21-%s@example.org", tag));
            assertEquals(1, delete.executeUpdate());
        }
        revoke(browser, "Membre 23");
        awaitText(browser, "Le rôle est retiré.");
        assertAccessible(browser);
        browser.findElement(By.cssSelector(".ui-paginator-next")).sendKeys(Keys.ENTER);
        awaitText(browser, "21–22 sur 22");
        revoke(browser, "Membre 20");
        awaitText(browser, "Le rôle est retiré.");
        assertEquals(List.of("m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m11", "m12", "m13", "m14",
                "m15", "m16", "m17", "m18", "m19", "m22"), grantedMembers(tag), "exactly the two rows chosen lost their role");
        // a middle row, found with the name filter and the role filter together
        WebElement name = browser.findElement(By.cssSelector("input[id$=':name']"));
        name.sendKeys("MEMBRE 1", Keys.ENTER);
        awaitText(browser, "Membre 10");
        new Select(browser.findElement(By.cssSelector("select[id$=':role']"))).selectByValue("RESPONDER");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> names(d).equals(List.of("Membre 10", "Membre 12", "Membre 14", "Membre 16", "Membre 18")));
        assertAccessible(browser);
        revoke(browser, "Membre 14");
        awaitText(browser, "Le rôle est retiré.");
        assertTrue(!grantedMembers(tag).contains("m14") && grantedMembers(tag).size() == 19, "the middle row, and only it");
    }

    @Test
    void theRespondersQueueFiltersByLanguageAndText() throws Exception {
        String slug = "answers-" + UUID.randomUUID().toString().substring(0, 6);
        String email = administrator(slug, "Ville des réponses", "Rita Répondante");
        String url = BackOffice.commitmentUnderConsultation(base.toString(), slug, email, "Rita Répondante");
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("es", "Hay que publicar también los anexos de cada contrato.");
        written.put("fr", "Il faut publier les avenants aussi, et vite.");
        written.put("en", "Amendments should be published within a week.");
        try (org.htmlunit.WebClient reader = Discussion.signedIn(base.toString(), Discussion.person("Lola Lectora"))) {
            for (Map.Entry<String, String> w : written.entrySet()) {
                Discussion.comment(reader, url.replace("/fr/r/", "/" + w.getKey() + "/r/"), w.getValue());
            }
        }
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Rita Répondante");
        for (String lang : List.of("fr", "es", "en")) {
            browser.get(base + lang + "/r/" + slug + "/admin/responses");
            awaitText(browser, written.get("en"));
            assertEquals(List.copyOf(written.values()), contributions(browser), "oldest first");
            assertAccessible(browser);
        }
        browser.get(base + "fr/r/" + slug + "/admin/responses");
        awaitText(browser, written.get("en"));
        new Select(browser.findElement(By.cssSelector("select[id$=':language']"))).selectByValue("es");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> contributions(d).equals(List.of(written.get("es"))));
        assertTrue(browser.findElement(By.cssSelector("tbody.ui-datatable-data p[lang='es']")).isDisplayed(), "marked in its language");
        assertAccessible(browser);
        new Select(browser.findElement(By.cssSelector("select[id$=':language']"))).selectByValue("");
        browser.findElement(By.cssSelector("input[id$=':text']")).sendKeys("AVENANTS", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> contributions(d).equals(List.of(written.get("fr"))));
        assertAccessible(browser);
    }

    @Test
    void platformRepositoriesAreFilteredAndTheMiddleOneIsDisabledOnItsRow() throws Exception {
        String prefix = "plat" + UUID.randomUUID().toString().substring(0, 4);
        for (String n : List.of("a", "b", "c")) {
            TestDatabase.createRepository(prefix + "-" + n, List.of("fr", "es", "en"), "Ville " + n);
        }
        String email = "pia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, "Pia Plateforme", Discussion.PASSWORD, false, "fr");
        TestDatabase.makePlatformAdmin(email);
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Pia Plateforme");
        for (String lang : List.of("fr", "es", "en")) {
            browser.get(base + lang + "/admin/repositories");
            awaitText(browser, "demo");
            assertAccessible(browser);
        }
        browser.get(base + "fr/admin/repositories");
        awaitText(browser, "demo");
        browser.findElement(By.cssSelector("input[id$=':slug']")).sendKeys(prefix.toUpperCase(), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> slugs(d).equals(List.of(prefix + "-a", prefix + "-b", prefix + "-c")));
        assertAccessible(browser);
        browser.findElement(By.xpath("//tbody[contains(@class, 'ui-datatable-data')]/tr[td[2][normalize-space() = '" + prefix
                + "-b']]//button[@value='disable']")).sendKeys(Keys.ENTER);
        awaitText(browser, "demo");
        assertEquals(List.of("true", "false", "true"), List.of(active(prefix + "-a"), active(prefix + "-b"), active(prefix + "-c")),
                "only the middle row's repository is disabled");
        new Select(browser.findElement(By.cssSelector("select[id$=':active']"))).selectByValue("DISABLED");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> slugs(d).contains(prefix + "-b") && !slugs(d).contains("demo"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("only disabled repositories, the middle one among them: " + slugs(browser) + " " + browser.findElement(By.tagName("body")).getText(), e);
        }
        assertAccessible(browser);
    }

    @Test
    void inviteesAreSuggestedAmongPeopleSeenHereAndChosenByKeyboard() throws Exception {
        String slug = "invite-" + UUID.randomUUID().toString().substring(0, 6);
        String email = administrator(slug, "Ville des invitations", "Inès Admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        seen.put("Léa Modératrice " + tag, "MODERATOR");
        seen.put("Léon Répondant " + tag, "RESPONDER");
        seen.put("Léonie Animatrice " + tag, "FACILITATOR");
        for (Map.Entry<String, String> person : seen.entrySet()) {
            String address = Discussion.person(person.getKey());
            TestDatabase.grant(address, slug, person.getValue());
        }
        String outsider = Discussion.person("Léo Ailleurs " + tag);
        browser = Browser.open("fr");
        BackOffice.signIn(browser, base.toString(), email, Discussion.PASSWORD, "Inès Admin");
        browser.get(base + "fr/r/" + slug + "/admin/members");
        WebElement field = browser.findElement(By.id("invite:email_input"));
        field.sendKeys("lé");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> suggestions(d).size() == 3);
        assertTrue(suggestions(browser).get(0).startsWith("Léa Modératrice") && suggestions(browser).get(2).startsWith("Léonie"),
                "the people seen here, by name: " + suggestions(browser));
        assertTrue(suggestions(browser).stream().allMatch(s -> s.contains("•••@example.org")), "addresses half hidden");
        assertTrue(!browser.getPageSource().contains(outsider), "no one from elsewhere");
        assertAccessible(browser);
        // the middle one, by keyboard: down until Léon is highlighted, then Enter
        for (int i = 0; i < 3 && !highlighted(browser).startsWith("Léon Répondant"); i++) {
            field.sendKeys(Keys.ARROW_DOWN);
        }
        assertTrue(highlighted(browser).startsWith("Léon Répondant"), highlighted(browser));
        field.sendKeys(Keys.ENTER);
        new Select(browser.findElement(By.id("invite:role"))).selectByValue("MODERATOR");
        browser.findElement(By.id("invite:submit")).click();
        awaitText(browser, "L’invitation est envoyée.");
        assertAccessible(browser);
        assertEquals(2, Discussion.number("SELECT COUNT(*) FROM role_grant g JOIN account a ON a.id = g.account_id "
                + "WHERE a.display_name = ? AND g.role IN ('MODERATOR', 'RESPONDER')", "Léon Répondant " + tag),
                "the middle person gained the role beside the one they had");
        assertEquals(1, Discussion.number("SELECT COUNT(*) FROM role_grant g JOIN account a ON a.id = g.account_id WHERE a.display_name = ?",
                "Léa Modératrice " + tag), "the first is unchanged");
        assertEquals(1, Discussion.number("SELECT COUNT(*) FROM role_grant g JOIN account a ON a.id = g.account_id WHERE a.display_name = ?",
                "Léonie Animatrice " + tag), "the last is unchanged");
    }

    private static List<String> suggestions(WebDriver browser) {
        return browser.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip).toList();
    }

    private static String highlighted(WebDriver browser) {
        return browser.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-state-highlight")).stream()
                .map(WebElement::getText).map(String::strip).findFirst().orElse("");
    }

    private static List<String> slugs(WebDriver browser) {
        return browser.findElements(By.cssSelector("tbody.ui-datatable-data > tr > td:nth-child(2)")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static String active(String slug) throws Exception {
        return Discussion.number("SELECT COUNT(*) FROM repository WHERE slug = ? AND active = TRUE", slug) == 1 ? "true" : "false";
    }

    private static List<String> contributions(WebDriver browser) {
        return browser.findElements(By.cssSelector("tbody.ui-datatable-data > tr > td:nth-child(4) p")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static void revoke(WebDriver browser, String name) {
        browser.findElement(By.xpath("//tbody[contains(@class, 'ui-datatable-data')]/tr[td[1][normalize-space() = '" + name
                + "']]//button[@value='revoke']")).sendKeys(Keys.ENTER);
    }

    private static List<String> names(WebDriver browser) {
        return browser.findElements(By.cssSelector("tbody.ui-datatable-data > tr > td:nth-child(1)")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static List<String> grantedMembers(String tag) throws Exception {
        List<String> granted = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement query = c.prepareStatement(
                "SELECT a.email FROM role_grant g JOIN account a ON a.id = g.account_id WHERE a.email LIKE ? ORDER BY a.email")) {
            query.setString(1, "m%-" + tag + "@example.org");
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    granted.add(rows.getString(1).substring(0, 3));
                }
            }
        }
        return granted;
    }

    /** A new repository in three languages and its administrator, French-speaking; returns the administrator's address. */
    private static String administrator(String slug, String town, String name) throws Exception {
        TestDatabase.createRepository(slug, List.of("fr", "es", "en"), town);
        String email = Discussion.person(name);
        TestDatabase.grant(email, slug, "ADMINISTRATOR");
        return email;
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
