package org.consulta.comment;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.consulta.testing.Discussion.idOf;
import static org.consulta.testing.Discussion.number;
import static org.consulta.testing.Discussion.numbers;
import static org.consulta.testing.Discussion.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commitment's discussion with many comments and several people at once, over plain HTTP: every
 * row's form acts on its own comment (first, middle, last), also when others changed the list between
 * reading and clicking; copies of one submission make one comment; votes and counters agree; a stale,
 * forged or incomplete form gets a translated answer and changes nothing, never a 500.
 */
class DiscussionRowsIT extends AgainstDeployedWar {

    /** One repository and commitment under consultation for the whole class, made once through the back office. */
    private static String url;
    private static String slug;
    private static String admin;
    private static String moderator;
    private static final List<String> people = new ArrayList<>();
    private static final List<String> texts = new ArrayList<>();

    private final List<WebClient> sessions = new ArrayList<>();

    @BeforeEach
    void aDiscussionOfSixThreads() throws Exception {
        if (url != null) {
            return;
        }
        slug = "rows-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville des fils");
        admin = person("Alix Admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        moderator = person("Mona Modératrice");
        TestDatabase.grant(moderator, slug, "MODERATOR");
        for (String name : List.of("Ana", "Ben", "Chloé", "Dan")) {
            people.add(person(name));
        }
        url = BackOffice.commitmentUnderConsultation(base.toString(), slug, admin, "Alix Admin");
        for (int i = 0; i < 6; i++) {
            String text = "Contribution numéro " + (i + 1) + " " + slug;
            Discussion.comment(session(people.get(i % 3)), url, text);
            texts.add(text);
        }
    }

    @AfterEach
    void closeSessions() {
        sessions.forEach(WebClient::close);
    }

    /**
     * Anonymous readers are served a kept copy of the page while nothing changes; each change (a new comment,
     * a moderator's decision, a translation) is on the very next anonymous read, and no read opens a session.
     */
    @Test
    void anAnonymousReaderSeesEveryChangeOnTheNextRead() throws Exception {
        String before = anonymous(url);
        assertEquals(withoutNonces(before), withoutNonces(anonymous(url)), "the same page while nothing changed");
        assertFalse(withoutNonces(before).equals(before), "pages carry a CSP nonce");
        assertFalse(nonceOf(before).equals(nonceOf(anonymous(url))), "every response has a nonce of its own");

        String text = "Arrivée pendant la lecture " + slug;
        Discussion.comment(session(people.get(3)), url, text);
        assertTrue(anonymous(url + "?order=NEWEST").contains(text), "a new comment, at once");
        assertTrue(anonymous(url).contains(text), "also on the page read before the comment");

        send(session(moderator).getPage(url + "?order=NEWEST"), idOf(text), "hide", Map.of("reason", "OFF_TOPIC"));
        assertFalse(anonymous(url).contains(text), "a moderator's decision, at once");

        WebClient administrator = session(admin);
        HtmlPage translate = administrator.getPage(url + "/translate?from=fr&to=es");
        List<org.htmlunit.html.HtmlTextArea> targets = translate.getByXPath("//textarea[contains(@id,'target')]");
        String translated = "Título traducido " + slug;
        String esUrl = url.replace("/fr/r/", "/es/r/");
        assertFalse(anonymous(esUrl).contains(translated));
        targets.get(0).setText(translated);
        HtmlPage saved = translate.<HtmlSubmitInput>getHtmlElementById("translation:save").click();
        assertEquals(200, saved.getWebResponse().getStatusCode(), saved.asNormalizedText());
        assertTrue(anonymous(esUrl).contains(translated), "a translation, at once");
    }

    private static String anonymous(String page) throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), page);
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an anonymous read opens no session: " + page);
        String header = String.join(" ", response.headers().allValues("Content-Security-Policy"));
        assertTrue(header.contains("'nonce-" + nonceOf(response.body()) + "'"), "the header's nonce is the page's");
        return response.body();
    }

    private static String nonceOf(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), "a nonce on the page");
        return m.group(1);
    }

    private static String withoutNonces(String body) {
        return body.replace(nonceOf(body), "");
    }

    @Test
    void everyRowsFormsActOnTheirOwnCommentFirstMiddleAndLast() throws Exception {
        WebClient dan = session(people.get(3));
        HtmlPage page = dan.getPage(url + "?order=OLDEST");
        long first = idOf(texts.get(0));
        long middle = idOf(texts.get(2));
        long last = idOf(texts.get(5));
        for (long target : List.of(first, middle, last)) {
            String reply = "Réponse de Dan à " + target;
            HtmlPage after = send(page, target, "reply", Map.of("body", reply));
            assertTrue(after.asNormalizedText().contains("Votre réponse est publiée."), after.asNormalizedText());
            assertEquals(target, number("SELECT parent_id FROM comment WHERE body = ?", reply), "the reply is under the comment clicked");
            page = dan.getPage(url + "?order=OLDEST");
        }
        HtmlPage flagged = send(page, first, "flag", Map.of("reason", "OFF_TOPIC"));
        assertTrue(flagged.asNormalizedText().contains("Merci"), flagged.asNormalizedText());
        assertEquals(List.of(first), numbers("SELECT target_id FROM flag WHERE flagger_id = ? AND target_type = 'COMMENT'",
                Discussion.accountId(people.get(3))));
        send(dan.getPage(url + "?order=OLDEST"), middle, "vote.up", Map.of());
        assertEquals(List.of(middle), votesOf(people.get(3)));
        assertEquals(1, number("SELECT up_votes FROM comment WHERE id = ?", middle));

        HtmlPage moderating = session(moderator).getPage(url + "?order=OLDEST");
        HtmlPage hidden = send(moderating, first, "hide", Map.of("reason", "OFF_TOPIC", "note", "Hors sujet"));
        assertTrue(hidden.asNormalizedText().contains("Décision enregistrée."), hidden.asNormalizedText());
        assertEquals(List.of(first), numbers("SELECT id FROM comment WHERE visibility = 'HIDDEN' AND body LIKE ?", "%" + slug));
    }

    @Test
    void aCommentPostedMeanwhileDoesNotMoveTheClickToAnotherComment() throws Exception {
        WebClient ana = session(people.get(0));
        HtmlPage stale = ana.getPage(url + "?order=NEWEST"); // newest first: a new comment shifts every row by one
        long target = idOf(texts.get(4)); // Ben's
        Discussion.comment(session(people.get(2)), url, "Arrivée entre-temps " + slug);
        long newcomer = idOf("Arrivée entre-temps " + slug);

        send(stale, target, "vote.down", Map.of());
        send(stale, target, "reply", Map.of("body", "Ana répond à Ben " + slug));
        HtmlPage flagged = send(stale, target, "flag", Map.of("reason", "SPAM"));
        assertTrue(flagged.asNormalizedText().contains("Merci"), flagged.asNormalizedText());

        assertEquals(List.of(target), votesOf(people.get(0)));
        assertEquals(1, number("SELECT down_votes FROM comment WHERE id = ?", target));
        assertEquals(target, number("SELECT parent_id FROM comment WHERE body = ?", "Ana répond à Ben " + slug));
        assertEquals(List.of(target), numbers("SELECT target_id FROM flag WHERE flagger_id = ?", Discussion.accountId(people.get(0))));
        assertEquals(0, number("SELECT up_votes + down_votes + open_flags FROM comment WHERE id = ?", newcomer));
        assertEquals(0, number("SELECT COUNT(*) FROM comment WHERE parent_id = ?", newcomer));
    }

    @Test
    void aContributionHiddenMeanwhileRefusesTheActionWithATranslatedMessage() throws Exception {
        String text = "Bientôt masquée " + slug;
        Discussion.comment(session(people.get(1)), url, text);
        long target = idOf(text);
        WebClient chloe = session(people.get(2));
        HtmlPage stale = chloe.getPage(url + "?order=NEWEST");
        send(session(moderator).getPage(url + "?order=NEWEST"), target, "hide", Map.of("reason", "SPAM"));

        HtmlPage refused = send(stale, target, "reply", Map.of("body", "Trop tard " + slug));
        assertTrue(refused.asNormalizedText().contains("Cette contribution a été masquée ou retirée après le chargement de la page"),
                refused.asNormalizedText());
        assertEquals(200, refused.getWebResponse().getStatusCode());
        assertEquals(-1, number("SELECT id FROM comment WHERE body = ?", "Trop tard " + slug), "nothing written");
        HtmlPage voteRefused = send(stale, target, "vote.up", Map.of());
        assertTrue(voteRefused.asNormalizedText().contains("masquée ou retirée"), voteRefused.asNormalizedText());
        assertEquals(0, number("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ?", target));
    }

    @Test
    void fiftyParallelCopiesOfOneCommentOrReplyMakeOneEach() throws Exception {
        WebClient dan = session(people.get(3));
        HtmlPage page = dan.getPage(url);
        String text = "Double clic " + slug;
        page.<org.htmlunit.html.HtmlTextArea>getHtmlElementById("comment:body").setText(text);
        HtmlForm commentForm = page.getHtmlElementById("comment");
        List<Integer> statuses = Discussion.inParallel(dan,
                Discussion.requestOf(commentForm, page.<HtmlSubmitInput>getHtmlElementById("comment:send")), 50);
        assertEquals(1, number("SELECT COUNT(*) FROM comment WHERE body = ?", text), "one comment for 50 copies");
        assertTrue(statuses.stream().allMatch(s -> s == 302), "each copy ends with the confirmation's redirect: " + statuses);

        long parent = idOf(texts.get(1));
        HtmlPage again = dan.getPage(url);
        HtmlForm replyForm = Discussion.rowForm(again, parent, "reply");
        Discussion.fill(replyForm, Map.of("body", "Réponse doublée " + slug));
        List<Integer> replies = Discussion.inParallel(dan, Discussion.requestOf(replyForm, Discussion.button(replyForm, "reply")), 50);
        assertEquals(1, number("SELECT COUNT(*) FROM comment WHERE body = ?", "Réponse doublée " + slug), "one reply for 50 copies");
        assertEquals(parent, number("SELECT parent_id FROM comment WHERE body = ?", "Réponse doublée " + slug));
        assertTrue(replies.stream().allMatch(s -> s == 302), "each copy ends with the confirmation's redirect: " + replies);
        System.out.printf("parallel copies: 50 comment posts -> 1 comment (statuses %s); 50 replies -> 1 reply%n",
                statuses.stream().distinct().toList());
    }

    @Test
    void votesAndTheirCountersAgreeWhateverRaces() throws Exception {
        long target = idOf(texts.get(3));
        List<WebClient> voters = new ArrayList<>();
        for (String p : List.of(people.get(1), people.get(2), people.get(3), moderator)) {
            voters.add(session(p));
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int v = 0; v < voters.size(); v++) {
            WebClient voter = voters.get(v);
            HtmlPage page = voter.getPage(url);
            for (String act : List.of("vote.up", "vote.down", "vote.up")) {
                HtmlForm form = Discussion.rowForm(page, target, act);
                org.htmlunit.WebRequest request = Discussion.requestOf(form, Discussion.button(form, act));
                threads.add(new Thread(() -> {
                    try {
                        List<Integer> statuses = Discussion.inParallel(voter, request, 5);
                        assertTrue(statuses.stream().allMatch(s -> s == 302), statuses.toString());
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(failures.isEmpty(), failures.toString());
        long up = number("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ? AND vote_value > 0", target);
        long down = number("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ? AND vote_value < 0", target);
        assertEquals(voters.size(), up + down, "one vote each, the author's not among them");
        assertEquals(up, number("SELECT up_votes FROM comment WHERE id = ?", target));
        assertEquals(down, number("SELECT down_votes FROM comment WHERE id = ?", target));
    }

    @Test
    void aForgedOrExpiredFormIsATranslated400AndChangesNothing() throws Exception {
        WebClient ben = session(people.get(1));
        HtmlPage page = ben.getPage(url);
        long target = idOf(texts.get(0));
        Map<String, String> forged = Discussion.fieldsOf(Discussion.rowForm(page, target, "reply"));
        forged.put("row.csrf", "not-the-sessions-token");
        forged.put("row.act", "reply");
        forged.put("body", "Réponse forgée " + slug);
        HttpResponse<String> refused = Discussion.postRaw(ben, url, forged);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Ce formulaire a expiré ou ne vient pas de cette page"), refused.body());
        assertEquals(-1, number("SELECT id FROM comment WHERE body = ?", "Réponse forgée " + slug));

        Map<String, String> jsf = Discussion.fieldsOf(page.getHtmlElementById("comment"));
        jsf.put("jakarta.faces.ViewState", "-123456789:987654321");
        jsf.put("comment:body", "Avec un état de vue forgé " + slug);
        jsf.put("comment:send", "Envoyer");
        HttpResponse<String> expired = Discussion.postRaw(ben, url, jsf);
        assertEquals(400, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("Cette page a expiré"), expired.body());
        assertFalse(expired.body().contains("at com.sun.") || expired.body().contains("Caused by"), "no stack trace");
        assertEquals(-1, number("SELECT id FROM comment WHERE body = ?", "Avec un état de vue forgé " + slug));
    }

    @Test
    void anIncompleteResponseOrFlagIsRefusedNamingTheFieldAndAnEditChangesTheText() throws Exception {
        WebClient alix = session(admin);
        long target = idOf(texts.get(5));
        HtmlPage empty = send(alix.getPage(url), target, "respond", Map.of());
        assertTrue(empty.asNormalizedText().contains("Donnez la motivation dans la langue où vous écrivez."), empty.asNormalizedText());
        HtmlPage onlySpanish = send(alix.getPage(url), target, "respond", Map.of("status", "ACCEPTED",
                "institution", "Direction des achats", "reasoning.es", "Solo en español"));
        assertEquals(200, onlySpanish.getWebResponse().getStatusCode());
        assertTrue(onlySpanish.asNormalizedText().contains("Donnez la motivation dans la langue où vous écrivez."),
                onlySpanish.asNormalizedText());
        assertEquals(0, number("SELECT COUNT(*) FROM response WHERE comment_id = ?", target), "no response written");

        WebClient ben = session(people.get(1));
        HtmlPage noReason = send(ben.getPage(url), target, "flag", Map.of());
        assertTrue(noReason.asNormalizedText().contains("Choisissez un motif."), noReason.asNormalizedText());
        assertEquals(0, number("SELECT COUNT(*) FROM flag WHERE target_id = ? AND flagger_id = ?", target,
                Discussion.accountId(people.get(1))));

        String own = "À corriger " + slug;
        Discussion.comment(ben, url, own);
        HtmlPage edited = send(ben.getPage(url), idOf(own), "edit", Map.of("body", "Corrigée " + slug));
        assertTrue(edited.asNormalizedText().contains("Corrigée " + slug), edited.asNormalizedText());
        assertEquals(1, number("SELECT COUNT(*) FROM comment WHERE body = ?", "Corrigée " + slug), "the text did change");
    }

    @Test
    void racingRegistrationsOfOneAddressAreAnsweredAsOne() throws Exception {
        String email = "course-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<Thread> racers = new ArrayList<>();
        List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebClient visitor = new WebClient();
            sessions.add(visitor);
            visitor.getOptions().setJavaScriptEnabled(false);
            HtmlPage form = visitor.getPage(base + "fr/account/register");
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:name").setValue("Coureuse");
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:email").setValue(email);
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:password").setValue(Discussion.PASSWORD);
            org.htmlunit.WebRequest request = Discussion.requestOf(form.getHtmlElementById("register"),
                    form.<HtmlSubmitInput>getHtmlElementById("register:submit"));
            racers.add(new Thread(() -> {
                try {
                    statuses.addAll(Discussion.inParallel(visitor, request, 1));
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }));
        }
        racers.forEach(Thread::start);
        for (Thread t : racers) {
            t.join();
        }
        assertEquals(1, number("SELECT COUNT(*) FROM account WHERE email = ?", email));
        assertTrue(statuses.stream().allMatch(s -> s == 302), "each sees the same answer, never a 500: " + statuses);
        assertEquals(1, number("SELECT COUNT(*) FROM mail_queue WHERE recipient = ?", email), "one confirmation mail, queued");
    }

    @Test
    void malformedEmptyOrOversizedFormsAreAnsweredWithoutA500AndWriteNothing() throws Exception {
        WebClient chloe = session(people.get(2));
        HtmlPage page = chloe.getPage(url);
        long target = idOf(texts.get(0));
        long elsewhere = number("SELECT MIN(id) FROM comment WHERE repository_id <> (SELECT id FROM repository WHERE slug = ?)", slug);
        long before = number("SELECT COUNT(*) FROM comment WHERE author_id = ?", Discussion.accountId(people.get(2)));
        Map<String, String> reply = Discussion.fieldsOf(Discussion.rowForm(page, target, "reply"));
        reply.put("row.act", "reply");
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(with(reply, "row.item", "abc"));
        variants.add(with(reply, "row.item", ""));
        variants.add(with(reply, "row.item", "99999999999999999999"));
        variants.add(with(reply, "row.item", String.valueOf(elsewhere), "body", "Ailleurs"));
        variants.add(with(reply, "row.act", "explode", "body", "Rien"));
        variants.add(with(reply, "row.on", "rowPost", "body", "Rien"));
        variants.add(with(reply, "row.on", "../../etc", "body", "Rien"));
        variants.add(with(reply, "body", ""));
        variants.add(with(reply, "body", "x".repeat(20_000)));
        variants.add(with(reply, "row.act", "flag", "reason", "NOT_A_REASON"));
        variants.add(with(reply, "row.act", "respond", "status", "BOGUS", "reasoning.fr", "Motif")); // not a responder: 403
        Map<String, String> comment = Discussion.fieldsOf(page.getHtmlElementById("comment"));
        comment.put("comment:send", "Envoyer");
        variants.add(with(comment, "comment:body", ""));
        variants.add(with(comment, "comment:body", "y".repeat(20_000)));
        variants.add(with(comment, "comment:body", "Section inconnue", "comment:section", "nope"));
        variants.add(with(comment, "comment:body", "Citation trop longue", "comment:quote", "z".repeat(5_000)));
        variants.add(with(comment, "comment:body", "Sans position", "comment:alignment", ""));
        for (Map<String, String> variant : variants) {
            HttpResponse<String> answer = Discussion.postRaw(chloe, url, variant);
            assertTrue(List.of(200, 400, 403).contains(answer.statusCode()), answer.statusCode() + " for " + shortly(variant));
            assertTrue(answer.body().contains("lang=\"fr\"") && (answer.statusCode() == 403
                            || answer.body().contains("message-error") || answer.body().contains("field-error")),
                    "a translated answer for " + shortly(variant));
            assertFalse(answer.body().contains("at com.sun.") || answer.body().contains("Caused by"), "no stack trace");
        }
        assertEquals(before, number("SELECT COUNT(*) FROM comment WHERE author_id = ?", Discussion.accountId(people.get(2))),
                "nothing written");
        assertEquals(0, number("SELECT COUNT(*) FROM flag WHERE flagger_id = ?", Discussion.accountId(people.get(2))));
    }

    private static Map<String, String> with(Map<String, String> fields, String... pairs) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(fields);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put(pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private static String shortly(Map<String, String> fields) {
        return fields.entrySet().stream().filter(e -> !e.getKey().contains("ViewState") && !e.getKey().contains("nonce"))
                .map(e -> e.getKey() + "=" + (e.getValue().length() > 30 ? e.getValue().substring(0, 30) + "…" : e.getValue()))
                .toList().toString();
    }

    private List<Long> votesOf(String email) throws Exception {
        return numbers("SELECT comment_id FROM comment_vote WHERE account_id = ?", Discussion.accountId(email));
    }

    private WebClient session(String email) throws Exception {
        WebClient client = Discussion.signedIn(base.toString(), email);
        sessions.add(client);
        return client;
    }

    private static String person(String name) throws Exception {
        return Discussion.person(name);
    }
}
