package org.consulta.account;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a participant finds of their own, without JavaScript: in-app notifications of what was mailed to them
 * (with the header's unread count), "My contributions" kind by kind, and a public profile per repository
 * that they may keep private. Three people in one discussion; acts on the first, a middle and the last comment.
 */
class NewcomerPathsIT extends AgainstDeployedWar {

    private final List<WebClient> sessions = new ArrayList<>();

    @AfterEach
    void close() {
        sessions.forEach(WebClient::close);
    }

    @Test
    void notificationsContributionsAndProfileFollowWhatPeopleDid() throws Exception {
        String slug = "paths-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville des parcours");
        String admin = person("Alix Admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String url = BackOffice.commitmentUnderConsultation(base.toString(), slug, admin, "Alix Admin");
        String anaMail = person("Ana Autrice");
        String benMail = person("Ben Bavard");
        WebClient ana = session(anaMail);
        WebClient ben = session(benMail);
        List<Long> comments = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String text = "Contribution d’Ana numéro " + i + " " + slug;
            Discussion.comment(ana, url, text);
            comments.add(Discussion.idOf(text));
        }

        // Ben replies to Ana's first, middle and last comments, and flags the middle one
        HtmlPage page = ben.getPage(url);
        for (long id : comments) {
            page = Discussion.send(ben.getPage(url), id, "reply", Map.of("body", "Ben répond au " + id + " " + slug));
        }
        Discussion.send(ben.getPage(url), comments.get(1), "flag", Map.of("reason", "OFF_TOPIC"));

        HtmlPage anaHome = ana.getPage(base + "fr/r/" + slug + "/");
        HtmlElement link = anaHome.getHtmlElementById("notifications-link");
        assertTrue(link.asNormalizedText().contains("3 non lues"), "the header counts the replies: " + link.asNormalizedText());
        HtmlPage notices = ana.getPage(base + "fr/account/notifications");
        List<HtmlElement> items = notices.getByXPath("//ol[contains(@class,'notifications')]/li");
        assertEquals(3, items.size(), notices.asNormalizedText());
        for (HtmlElement item : items) {
            assertTrue(item.asNormalizedText().contains("nouveau"), "new until seen: " + item.asNormalizedText());
            HtmlAnchor to = item.getFirstByXPath(".//a");
            assertTrue(to.getHrefAttribute().contains("/r/" + slug + "/plans/2026-2027/C1"), to.getHrefAttribute());
        }
        List<String> targets = items.stream().map(i -> i.<HtmlAnchor>getFirstByXPath(".//a").getHrefAttribute()).toList();
        for (long id : comments) {
            long reply = Discussion.number("SELECT id FROM comment WHERE parent_id = ?", id);
            assertTrue(targets.stream().anyMatch(t -> t.endsWith("#comment-" + reply)), "each leads to its own reply: " + targets);
        }
        assertFalse(ana.<HtmlPage>getPage(base + "fr/r/" + slug + "/").getHtmlElementById("notifications-link").asNormalizedText()
                .contains("non lue"), "seen, no longer counted");
        assertFalse(ana.<HtmlPage>getPage(base + "fr/account/notifications").asNormalizedText().contains("nouveau"));

        HtmlPage anaOwn = ana.getPage(base + "fr/account/contributions");
        String comments3 = anaOwn.getHtmlElementById("kind-comments").getParentNode().asNormalizedText();
        for (int i = 1; i <= 3; i++) {
            assertTrue(comments3.contains("Contribution d’Ana numéro " + i), comments3);
        }
        HtmlPage benOwn = ben.getPage(base + "fr/account/contributions");
        assertEquals(3, benOwn.getHtmlElementById("kind-replies").getParentNode().getByXPath(".//li").size());
        String flags = benOwn.getHtmlElementById("kind-flags").getParentNode().asNormalizedText();
        assertTrue(flags.contains("Contribution d’Ana numéro 2") && flags.contains("en cours d’examen"), flags);
        HtmlPage onlyReplies = ben.getPage(base + "fr/account/contributions?kind=replies");
        assertEquals(1, onlyReplies.querySelectorAll("section.contributions").size(), "one kind, page by page");

        // Ben's name on the discussion leads to his profile; he then keeps it private
        WebClient reader = anonymous();
        HtmlPage discussion = reader.getPage(url);
        HtmlAnchor benLink = discussion.getFirstByXPath("//a[@class='author-link'][normalize-space()='Ben Bavard']");
        assertNotNull(benLink, "an author's name is a link");
        HtmlPage profile = benLink.click();
        assertEquals(200, profile.getWebResponse().getStatusCode());
        assertTrue(profile.asNormalizedText().contains("Ben répond au " + comments.get(0)), profile.asNormalizedText());
        assertTrue(profile.asNormalizedText().contains("Ben répond au " + comments.get(2)));
        String profileUrl = profile.getUrl().toString();

        HtmlPage settings = ben.getPage(base + "fr/account/settings");
        settings.<HtmlCheckBoxInput>getHtmlElementById("profile:hidden").setChecked(true);
        HtmlPage saved = settings.<HtmlSubmitInput>getHtmlElementById("profile:save").click();
        assertTrue(saved.asNormalizedText().contains("Votre profil est désormais privé."), saved.asNormalizedText());
        assertTrue(saved.<HtmlCheckBoxInput>getHtmlElementById("profile:hidden").isChecked(), "the choice is shown as saved");
        HtmlPage hidden = anonymous().getPage(profileUrl);
        assertTrue(hidden.asNormalizedText().contains("Cette personne garde son profil privé."), hidden.asNormalizedText());
        assertFalse(hidden.asNormalizedText().contains("Ben répond"), "nothing of their contributions");
        assertEquals(404, anonymous().getPage(base + "fr/r/" + slug + "/people/999999999").getWebResponse().getStatusCode());
    }

    private WebClient session(String email) throws Exception {
        WebClient client = Discussion.signedIn(base.toString(), email);
        sessions.add(client);
        return client;
    }

    private WebClient anonymous() {
        WebClient client = Discussion.anonymous();
        sessions.add(client);
        return client;
    }

    private static String person(String name) throws Exception {
        return Discussion.person(name);
    }
}
