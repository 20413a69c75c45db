package org.consulta.web.frame;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labels and messages a newcomer meets, over plain HTTP without JavaScript, in the languages they read:
 * text in another language is marked and labelled (search results, change notes, the responders' queue),
 * results name their plan, refusals are said once and say which field and what limit, the language switch
 * keeps the search, error pages carry one script policy, and the site has an icon.
 */
class LabelsAndMessagesIT extends AgainstDeployedWar {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final List<WebClient> sessions = new ArrayList<>();

    @AfterEach
    void close() {
        sessions.forEach(WebClient::close);
    }

    @Test
    void searchResultsInAnotherLanguageAreMarkedLabelledAndNameTheirPlan() throws Exception {
        HtmlPage results = anonymous().getPage(base + "fr/r/demo/search?q=C1");
        List<HtmlElement> hits = results.getByXPath("//ol[@class='results']/li");
        assertTrue(hits.size() >= 2, "two plans have a C1: " + hits.size());
        List<String> plans = new ArrayList<>();
        for (HtmlElement hit : hits) {
            HtmlElement title = hit.getFirstByXPath(".//h2/a");
            String meta = hit.<HtmlElement>getFirstByXPath(".//p[@class='meta']").asNormalizedText();
            if (title.getAttribute("href").endsWith("/2023-2025/C1")) {
                // the 2023–2025 plan was written in Spanish and never translated
                assertEquals("es", title.getAttribute("lang"), "the Spanish fallback is marked as Spanish");
                assertTrue(meta.contains("Affiché en espagnol"), meta);
            }
            if (title.getAttribute("href").endsWith("/2025-2027/C1")) {
                assertEquals("fr", title.getAttribute("lang"));
                assertFalse(meta.contains("Affiché en"), "a French text has no label: " + meta);
            }
            if (title.asNormalizedText().startsWith("C1")) {
                assertTrue(meta.contains(text("fr", "repository_search.in_plan")), "the result names its plan: " + meta);
                plans.add(meta.substring(meta.indexOf(text("fr", "repository_search.in_plan"))));
            }
        }
        assertEquals(plans.size(), plans.stream().distinct().count(), "each C1 names a different plan: " + plans);
        assertTrue(plans.size() >= 2, "both C1 are found: " + plans);
    }

    @Test
    void switchingLanguageKeepsTheSearch() throws Exception {
        HtmlPage french = anonymous().getPage(base + "fr/r/demo/search?q=contrat&page=0");
        HtmlElement spanish = french.getFirstByXPath("//nav[@class='language-switcher']//a[@hreflang='es']");
        assertTrue(spanish.getAttribute("href").endsWith("/es/r/demo/search?q=contrat&page=0"), spanish.getAttribute("href"));

        WebClient person = signedIn("switch");
        HtmlPage signedIn = person.getPage(base + "fr/r/demo/search?q=contrat");
        HtmlPage afterSwitch = signedIn.<HtmlElement>getFirstByXPath("//form[@id='switcher']//input[@lang='es']").click();
        assertTrue(afterSwitch.getUrl().toString().endsWith("/es/r/demo/search?q=contrat"), afterSwitch.getUrl().toString());
        assertTrue(afterSwitch.asNormalizedText().contains("contrat"), "the search is still there");
    }

    /** A page that turns out not to exist once its view began has one script policy, whose nonce its scripts carry. */
    @Test
    void aNotFoundPageSendsOneScriptPolicyMatchingItsScripts() throws Exception {
        for (String path : List.of("en/r/demo/plans/2025-2027/C99", "fr/r/demo/proposals/999999", "es/r/nowhere/", "en/nothing-here")) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode(), path);
            List<String> scripts = page.headers().allValues("Content-Security-Policy").stream().filter(p -> p.contains("script-src")).toList();
            assertEquals(1, scripts.size(), path + ": " + page.headers().allValues("Content-Security-Policy"));
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts.get(0));
            assertTrue(nonce.find(), scripts.get(0));
            Matcher used = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
            int count = 0;
            while (used.find()) {
                assertEquals(nonce.group(1), used.group(1), path + ": a script the policy would block");
                count++;
            }
            assertTrue(count > 0, path + ": the page carries the nonce");
        }
    }

    @Test
    void theSiteHasAnIcon() throws Exception {
        HttpResponse<byte[]> ico = HTTP.send(HttpRequest.newBuilder(URI.create(base + "favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode());
        assertEquals(0, ico.body()[0]);
        assertEquals(1, ico.body()[2], "an icon file");
        HttpResponse<String> svg = HTTP.send(HttpRequest.newBuilder(URI.create(base + "resources/favicon.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, svg.statusCode());
        assertTrue(svg.body().startsWith("<svg"), svg.body());
        assertTrue(anonymous().<HtmlPage>getPage(base + "en/").asXml().contains("favicon.ico"), "pages name it");
    }

    /** Bean Validation's own messages, in the reader's language, after the field's label: no jargon, no client id. */
    @Test
    void registrationMessagesNameTheFieldAndSayWhatToDo() throws Exception {
        HtmlPage form = anonymous().getPage(base + "es/account/register");
        form.<HtmlInput>getHtmlElementById("register:name").setValue("N".repeat(130));
        form.<HtmlInput>getHtmlElementById("register:email").setValue("");
        form.<HtmlInput>getHtmlElementById("register:password").setValue("una clave bastante larga y segura");
        HtmlPage refused = form.<HtmlSubmitInput>getHtmlElementById("register:submit").click();
        String page = refused.asNormalizedText();
        assertTrue(page.contains(text("es", "account.name") + ": 120 caracteres como máximo."), page);
        assertTrue(page.contains(text("es", "account.email") + ": este campo es obligatorio."), page);
        assertFalse(page.contains("tamaño") || page.contains("must not") || page.contains("register:"), page);
        assertEquals(0, Discussion.number("SELECT COUNT(*) FROM account WHERE display_name = ?", "N".repeat(130)));
    }

    /**
     * In a repository of its own, as its administrator in French: a too long Spanish title and a missing date
     * say which; the short-notice refusal is said once, next to the box that answers it; a change note
     * written in French is labelled on the Spanish page; the responders' queue says a contribution's language.
     */
    @Test
    void theBackOfficeSaysWhichTextAndWhichLanguage() throws Exception {
        String slug = "labels-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville des libellés");
        String admin = account("admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        WebClient office = Discussion.signedIn(base.toString(), admin);
        sessions.add(office);
        String repo = base + "fr/r/" + slug + "/";

        // the time zones: grouped by region in the page's language, each by its place and offset
        HtmlPage settings = office.getPage(repo + "admin/");
        List<HtmlElement> regions = settings.getByXPath("//select[@id='settings:zone']/optgroup");
        assertTrue(regions.size() >= 9, "grouped by region: " + regions.size());
        assertTrue(regions.stream().anyMatch(g -> g.getAttribute("label").equals("Amériques")), "regions named in French");
        HtmlElement bogota = settings.getFirstByXPath("//optgroup[@label='Amériques']/option[@value='America/Bogota']");
        assertEquals("Bogota (UTC-05:00)", bogota.asNormalizedText());

        HtmlPage plans = office.getPage(repo + "admin/plans");
        plans.<HtmlInput>getHtmlElementById("new-plan:slug").setValue("2026-2027");
        List<DomNode> titles = plans.querySelectorAll("#new-plan input[id$=':title']");
        ((HtmlInput) titles.get(0)).setValue("Plan d’action 2026–2027");
        ((HtmlInput) titles.get(1)).setValue("T".repeat(301));
        ((HtmlTextArea) plans.querySelectorAll("#new-plan textarea[id$=':summary']").get(0)).setText("Un plan co-construit.");
        plans.<HtmlInput>getHtmlElementById("new-plan:end").setValue("2027-12-31");
        HtmlPage missingStart = plans.<HtmlSubmitInput>getHtmlElementById("new-plan:create").click();
        assertTrue(missingStart.asNormalizedText().contains(text("fr", "plan.start") + " : ce champ est obligatoire."),
                "a missing date is named: " + missingStart.asNormalizedText());
        plans = office.getPage(repo + "admin/plans");
        plans.<HtmlInput>getHtmlElementById("new-plan:slug").setValue("2026-2027");
        titles = plans.querySelectorAll("#new-plan input[id$=':title']");
        ((HtmlInput) titles.get(0)).setValue("Plan d’action 2026–2027");
        ((HtmlInput) titles.get(1)).setValue("T".repeat(301));
        ((HtmlTextArea) plans.querySelectorAll("#new-plan textarea[id$=':summary']").get(0)).setText("Un plan co-construit.");
        plans.<HtmlInput>getHtmlElementById("new-plan:start").setValue("2026-01-01");
        plans.<HtmlInput>getHtmlElementById("new-plan:end").setValue("2027-12-31");
        HtmlPage tooLong = plans.<HtmlSubmitInput>getHtmlElementById("new-plan:create").click();
        assertTrue(tooLong.asNormalizedText().contains("Le titre en espagnol est trop long (300 caractères au plus)."), tooLong.asNormalizedText());
        titles = tooLong.querySelectorAll("#new-plan input[id$=':title']");
        ((HtmlInput) titles.get(1)).setValue("");
        HtmlPage created = tooLong.<HtmlSubmitInput>getHtmlElementById("new-plan:create").click();
        assertTrue(created.asNormalizedText().contains(text("fr", "admin_plans.created")), created.asNormalizedText());

        HtmlPage draft = office.getPage(repo + "plans/2026-2027/new");
        draft.<HtmlInput>getHtmlElementById("draft:title").setValue("Registre ouvert des marchés");
        draft.<HtmlTextArea>getHtmlElementById("draft:problem").setText("Les marchés publics sont difficiles à suivre.");
        draft.<HtmlTextArea>getHtmlElementById("draft:description").setText("Publier les marchés en données ouvertes.");
        draft.<HtmlInput>getHtmlElementById("draft:lead").setValue("Direction des achats");
        // milestone rows: typed in the first, a middle and the last row, one added, one moved, one removed, before saving
        String[] names = {"Livrable A", "Livrable B", "Livrable C"};
        for (int i = 0; i < 3; i++) {
            ((HtmlInput) draft.querySelectorAll("input[id$=':deliverable']").get(i)).setValue(names[i]);
            ((HtmlInput) draft.querySelectorAll("input[id$=':start']").get(i)).setValue("2026-0" + (i + 2) + "-01");
            ((HtmlInput) draft.querySelectorAll("input[id$=':end']").get(i)).setValue("2026-0" + (i + 5) + "-30");
        }
        draft = draft.<HtmlSubmitInput>getHtmlElementById("draft:addMilestone").click();
        assertEquals(4, draft.querySelectorAll("input[id$=':deliverable']").size(), "a row added");
        assertEquals("Livrable C", ((HtmlInput) draft.querySelectorAll("input[id$=':deliverable']").get(2)).getValue(), "typed values kept");
        draft = draft.<HtmlSubmitInput>getFirstByXPath("//li[contains(@class,'milestone-row')][3]//input[contains(@id,':up')]").click();
        draft = draft.<HtmlSubmitInput>getFirstByXPath("//li[contains(@class,'milestone-row')][1]//input[contains(@id,':remove')]").click();
        assertEquals(List.of("Livrable C", "Livrable B", ""), draft.querySelectorAll("input[id$=':deliverable']").stream()
                .map(n -> ((HtmlInput) n).getValue()).toList(), "moved and removed, each row with its own values");
        assertEquals("2026-04-01", ((HtmlInput) draft.querySelectorAll("input[id$=':start']").get(0)).getValue(), "C keeps its dates");
        HtmlPage saved = draft.<HtmlSubmitInput>getHtmlElementById("draft:save").click();
        assertTrue(saved.asNormalizedText().contains(text("fr", "commitments_edit.created")), saved.asNormalizedText());
        saved.<HtmlTextArea>getHtmlElementById("publish:note").setText("Première version, relue avec le forum.");
        saved.<HtmlSubmitInput>getHtmlElementById("publish:publish").click();
        HtmlPage spanish = anonymous().getPage(base + "es/r/" + slug + "/plans/2026-2027/C1");
        List<String> milestones = spanish.getByXPath("//section[@aria-labelledby='field-milestones']//tbody/tr/td[1]/span[1]").stream()
                .map(n -> ((HtmlElement) n).asNormalizedText()).toList();
        assertEquals(List.of("Livrable C", "Livrable B"), milestones, "saved in the order shown");
        HtmlElement note = spanish.getFirstByXPath("//p[@class='change-note']");
        assertTrue(note.asXml().contains("lang=\"fr\""), note.asXml());
        assertTrue(note.asNormalizedText().contains("(en francés)"), note.asNormalizedText());

        HtmlPage consult = office.getPage(repo + "plans/2026-2027/consult");
        ((HtmlInput) consult.querySelectorAll("#consultation input[id$=':title']").get(0)).setValue("Consultation sur le registre");
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        consult.<HtmlInput>getHtmlElementById("consultation:opens").setValue(now.minusHours(1).format(local));
        consult.<HtmlInput>getHtmlElementById("consultation:closes").setValue(now.plusDays(10).format(local));
        HtmlPage shortNotice = consult.<HtmlSubmitInput>getHtmlElementById("consultation:schedule").click();
        String refusal = text("fr", "consultation.refused.short_notice");
        assertEquals(1, occurrences(shortNotice.asNormalizedText(), refusal), "said once: " + shortNotice.asNormalizedText());
        HtmlElement box = shortNotice.getHtmlElementById("consultation:shortNotice");
        assertTrue(((HtmlElement) box.getParentNode()).asNormalizedText().contains(refusal), "next to the box that answers it");
        ((HtmlInput) box).setChecked(true);
        shortNotice.<HtmlSubmitInput>getHtmlElementById("consultation:schedule").click();

        String hispanic = account("lectora");
        WebClient reader = Discussion.signedIn(base.toString(), hispanic);
        sessions.add(reader);
        Discussion.comment(reader, base + "es/r/" + slug + "/plans/2026-2027/C1", "Hay que publicar también los anexos de cada contrato.");
        Discussion.comment(reader, base + "fr/r/" + slug + "/plans/2026-2027/C1", "Il faut publier les avenants aussi, et vite.");
        HtmlPage queue = office.getPage(repo + "admin/responses");
        String xml = queue.asXml();
        assertTrue(xml.contains("lang=\"es\"") && xml.contains("lang=\"fr\""), "each excerpt is marked with its language");
        String text = queue.asNormalizedText();
        assertTrue(text.contains("en espagnol") && text.contains("en français"), text);

        // withdrawing cannot be undone: refused until the box saying so is ticked
        HtmlPage edit = office.getPage(repo + "plans/2026-2027/C1/edit");
        ((org.htmlunit.html.HtmlSelect) edit.getHtmlElementById("stage-form:stage")).setSelectedAttribute("WITHDRAWN", true);
        edit.<HtmlTextArea>getHtmlElementById("stage-form:reason").setText("Fusionné avec un autre engagement.");
        HtmlPage unconfirmed = edit.<HtmlSubmitInput>getHtmlElementById("stage-form:move").click();
        assertTrue(unconfirmed.asNormalizedText().contains(text("fr", "commitments_edit.withdraw_unconfirmed")), unconfirmed.asNormalizedText());
        assertFalse(anonymous().<HtmlPage>getPage(base + "fr/r/" + slug + "/plans/2026-2027/C1").asNormalizedText()
                .contains(text("fr", "commitments_show.withdrawn")), "still not withdrawn");
        unconfirmed.<HtmlInput>getHtmlElementById("stage-form:withdrawConfirmed").setChecked(true);
        HtmlPage moved = unconfirmed.<HtmlSubmitInput>getHtmlElementById("stage-form:move").click();
        assertTrue(moved.asNormalizedText().contains(text("fr", "commitments_edit.stage_moved")), moved.asNormalizedText());
    }

    private WebClient anonymous() {
        WebClient client = Discussion.anonymous();
        sessions.add(client);
        return client;
    }

    private WebClient signedIn(String prefix) throws Exception {
        WebClient client = Discussion.signedIn(base.toString(), account(prefix));
        sessions.add(client);
        return client;
    }

    private static String account(String prefix) throws Exception {
        return Discussion.person("Camille " + prefix);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** A message of the interface bundle, as the pages show it when it has no arguments. */
    static String text(String language, String key) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle.getProperty(key);
    }
}
