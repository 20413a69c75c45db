package org.consulta.web.frame;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Discussion;
import org.consulta.testing.Mailbox;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every citizen action in one walk, in a browser with JavaScript switched off (HtmlUnit): read without a
 * session, register, confirm from the mail, sign in, comment, reply, vote, flag, follow, support a
 * commitment, vote on a forum ballot. Each lands once, on the item chosen (first, middle
 * and last of several comments), as the database shows.
 */
class CitizenActionsWithoutJavaScriptIT extends AgainstDeployedWar {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Test
    void everyCitizenActionWorksWithoutJavaScript() throws Exception {
        String slug = "nojs-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville sans script");
        String admin = Discussion.person("Alix Admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String url = BackOffice.commitmentUnderConsultation(base.toString(), slug, admin, "Alix Admin");
        List<Long> comments = new ArrayList<>();
        try (WebClient ana = Discussion.signedIn(base.toString(), Discussion.person("Ana Autrice"))) {
            for (int i = 1; i <= 3; i++) {
                String text = "Contribution d’Ana numéro " + i + " " + slug;
                Discussion.comment(ana, url, text);
                comments.add(Discussion.idOf(text));
            }
        }

        try (WebClient reader = Discussion.anonymous()) {
            HtmlPage page = reader.getPage(url);
            assertTrue(page.asNormalizedText().contains("Contribution d’Ana numéro 2 " + slug), "an anonymous reader reads");
            assertTrue(reader.getCookieManager().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                    "and opens no session");
        }

        try (WebClient zoe = Discussion.anonymous()) {
            String email = "zoe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            HtmlPage form = zoe.getPage(base + "fr/account/register");
            form.getHtmlElementById("register:name").type("Zoé Sans Script");
            form.getHtmlElementById("register:email").type(email);
            form.getHtmlElementById("register:password").type(Discussion.PASSWORD);
            form.<HtmlSelect>getHtmlElementById("register:language").setSelectedAttribute("fr", true);
            form.<HtmlSubmitInput>getHtmlElementById("register:submit").click();
            String token = Mailbox.token(Mailbox.await(MAIL, email, "Confirmez votre adresse électronique"));
            HtmlPage confirm = zoe.getPage(base + "fr/account/confirm?token=" + token);
            confirm.getHtmlElementById("confirm:password").type(Discussion.PASSWORD);
            confirm.<HtmlSubmitInput>getHtmlElementById("confirm:submit").click();
            zoe.getCookieManager().clearCookies();
            HtmlPage login = zoe.getPage(base + "fr/account/login");
            login.getHtmlElementById("login:email").type(email);
            login.getHtmlElementById("login:password").type(Discussion.PASSWORD);
            HtmlPage in = login.<HtmlSubmitInput>getHtmlElementById("login:submit").click();
            assertTrue(in.asNormalizedText().contains("Zoé Sans Script"), "signed in: " + in.asNormalizedText());
            long me = Discussion.accountId(email);

            // following first: commenting would make her follow anyway
            zoe.<HtmlPage>getPage(url).<HtmlSubmitInput>getHtmlElementById("follow:follow").click();
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM follower WHERE account_id = ?", me), "following the commitment");
            Discussion.comment(zoe, url, "Zoé commente sans script " + slug);
            Discussion.send(zoe.getPage(url), comments.get(1), "reply", Map.of("body", "Zoé répond au milieu " + slug));
            Discussion.send(zoe.getPage(url), comments.get(0), "vote.up", Map.of());
            Discussion.send(zoe.getPage(url), comments.get(2), "flag", Map.of("reason", "OFF_TOPIC"));
            zoe.<HtmlPage>getPage(url).<HtmlSubmitInput>getHtmlElementById("support:support").click();

            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM comment WHERE author_id = ? AND parent_id IS NULL", me), "one comment");
            assertEquals(comments.get(1), Discussion.number("SELECT parent_id FROM comment WHERE author_id = ? AND parent_id IS NOT NULL", me),
                    "the reply under the middle comment");
            assertEquals(comments.get(0), Discussion.number("SELECT comment_id FROM comment_vote WHERE account_id = ?", me), "the vote on the first");
            assertEquals(comments.get(2), Discussion.number("SELECT target_id FROM flag WHERE flagger_id = ?", me), "the flag on the last");
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM follower WHERE account_id = ?", me), "still following, once");
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM commitment_support WHERE account_id = ?", me), "supporting it");

            // the forum's ballot is this repository's own: the demo's counts belong to other tests
            TestDatabase.grant(email, slug, "FORUM_MEMBER", "CIVIL_SOCIETY", "Collectif sans script");
            long ballot = approvalBallot(slug, admin);
            HtmlPage vote = zoe.getPage(base + "fr/r/" + slug + "/forum/ballots/" + ballot);
            List<HtmlCheckBoxInput> boxes = vote.getByXPath("//form[@id='vote']//input[@type='checkbox']");
            assertEquals(3, boxes.size(), vote.asNormalizedText());
            boxes.get(0).setChecked(true);
            boxes.get(2).setChecked(true);
            HtmlPage receipt = vote.<HtmlSubmitInput>getHtmlElementById("vote:cast").click();
            assertTrue(receipt.asNormalizedText().contains("Votre bulletin est compté. Votre code de reçu"), receipt.asNormalizedText());
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM ballot_vote WHERE voter_id = ? AND ballot_id = ?", me, ballot),
                    "one ballot, counted");
        }
    }

    /** The administrator opens an approval ballot on three options through the back office's form, without script. */
    private long approvalBallot(String slug, String admin) throws Exception {
        try (WebClient office = Discussion.signedIn(base.toString(), admin)) {
            HtmlPage form = office.getPage(base + "fr/r/" + slug + "/admin/forum");
            List<org.htmlunit.html.HtmlInput> questions = form.getByXPath("//form[@id='ballot']//input[contains(@id, ':question')]");
            List<org.htmlunit.html.HtmlTextArea> options = form.getByXPath("//form[@id='ballot']//textarea[contains(@id, ':options')]");
            for (int i = 0; i < questions.size(); i++) {
                questions.get(i).setValue(i == 0 ? "Quels thèmes pour la prochaine réunion ?" : "¿Qué temas para la próxima reunión?");
                options.get(i).setText(i == 0 ? "Budget\nIndicateurs\nCommunes" : "Presupuesto\nIndicadores\nMunicipios");
            }
            form.<HtmlSelect>getHtmlElementById("ballot:method").setSelectedAttribute("APPROVAL", true);
            java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
            java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("ballot:opens").setValue(now.minusHours(1).format(local));
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("ballot:closes").setValue(now.plusDays(7).format(local));
            HtmlPage created = form.<HtmlSubmitInput>getHtmlElementById("ballot:create").click();
            long id = Discussion.number("SELECT MAX(b.id) FROM ballot b JOIN repository r ON r.id = b.repository_id WHERE r.slug = ?", slug);
            assertTrue(id > 0, created.asNormalizedText());
            return id;
        }
    }
}
