package org.consulta.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Mailbox;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account flows over HTTP against the real WAR, with the mails read from a real SMTP server:
 * registration and confirmation, lockout, single-use and expiring reset links, session fixation.
 */
class AccountFlowIT extends AgainstDeployedWar {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    static final String PASSWORD = "violet kettles hum at dawn";



    private final WebClient web = client();

    private static WebClient client() {
        WebClient client = new WebClient();
        // no script at all: every form must work as plain HTML
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    @AfterEach
    void close() {
        web.close();
    }

    @Test
    void aPersonRegistersConfirmsFromTheMailInTheirLanguageAndSignsIn() throws Exception {
        String email = unique();
        HtmlPage page = register("fr", "Lucie Martin", email, PASSWORD);
        assertTrue(page.asNormalizedText().contains("Consultez vos courriels"), page.asNormalizedText());

        HtmlPage refused = logIn("fr", email, PASSWORD);
        assertTrue(refused.asNormalizedText().contains("Connexion impossible"), "unconfirmed accounts cannot sign in");

        MimeMessage mail = Mailbox.await(MAIL, email, "Confirmez votre adresse électronique");
        assertTrue(Mailbox.body(mail).startsWith("Bonjour Lucie Martin"), Mailbox.body(mail));
        HtmlPage confirmed = confirm("fr", Mailbox.token(mail), PASSWORD);
        assertTrue(confirmed.asNormalizedText().contains("Votre adresse est confirmée"), confirmed.asNormalizedText());

        HtmlPage home = logIn("fr", email, PASSWORD);
        assertTrue(home.getUrl().getPath().endsWith("/fr/"), home.getUrl().toString());
        assertTrue(home.asNormalizedText().contains("Connecté·e : Lucie Martin"), home.asNormalizedText());
    }

    @Test
    void invalidRegistrationDataIsRefusedWithATranslatedMessageAndCreatesNothing() throws Exception {
        String email = unique();
        HtmlPage page = register("es", "Ana", email, "corta");
        assertTrue(page.querySelector("#register\\:password ~ .field-error").asNormalizedText().contains("al menos 12 caracteres"),
                "the message stands next to the password field: " + page.asNormalizedText());
        page = register("es", "Ana Pérez", email, "Password1234");
        assertTrue(page.asNormalizedText().contains("demasiado común"), page.asNormalizedText());
        page = register("es", "Ana Pérez", "not-an-address", PASSWORD);
        assertTrue(page.getUrl().getPath().endsWith("/es/account/register"), "stays on the form");
        assertEquals(0, MAIL.getReceivedMessagesForDomain(email).length, "no account, no mail");
    }

    @Test
    void fiveFailuresLockTheAccountAndTellItsOwner() throws Exception {
        String email = confirmedAccount("en", "Sam Lock");
        for (int i = 0; i < 5; i++) {
            assertTrue(logIn("en", email, "wrong password " + i).asNormalizedText().contains("Sign-in failed"));
        }
        HtmlPage locked = logIn("en", email, PASSWORD);
        assertTrue(locked.asNormalizedText().contains("Sign-in failed"), "the right password does not open a locked account");
        assertTrue(Mailbox.body(Mailbox.await(MAIL, email, "Your account is locked for 15 minutes")).contains("5 failed"));
        HtmlPage unknown = logIn("en", unique(), PASSWORD);
        assertEquals(messageOf(locked), messageOf(unknown), "the refusal never tells whether the address exists");
    }

    @Test
    void aResetLinkWorksOnceAndNotAfterItExpires() throws Exception {
        String email = confirmedAccount("es", "Rosa Reset");
        requestReset("es", email);
        String token = Mailbox.token(Mailbox.await(MAIL, email, "Elija una nueva contraseña"));
        HtmlPage done = setNewPassword("es", token, "otra frase larga y secreta");
        assertTrue(done.asNormalizedText().contains("Su nueva contraseña está guardada"), done.asNormalizedText());
        assertTrue(logIn("es", email, "otra frase larga y secreta").getUrl().getPath().endsWith("/es/"));

        web.getCookieManager().clearCookies();
        HtmlPage again = setNewPassword("es", token, "una tercera frase secreta");
        assertTrue(again.asNormalizedText().contains("Este enlace no es válido"), "single use");

        MAIL.purgeEmailFromAllMailboxes();
        requestReset("es", email);
        String late = Mailbox.token(Mailbox.await(MAIL, email, "Elija una nueva contraseña"));
        TestDatabase.expireTokens(email);
        assertTrue(setNewPassword("es", late, "una tercera frase secreta").asNormalizedText().contains("Este enlace no es válido"));
        assertTrue(logIn("es", email, "otra frase larga y secreta").getUrl().getPath().endsWith("/es/"), "password unchanged");
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String email = confirmedAccount("en", "Fix Ation");
        web.getPage(base + "en/account/login");
        assertNull(web.getCookieManager().getCookie("JSESSIONID"), "reading the sign-in page opens no session");
        HtmlPage home = logIn("en", email, PASSWORD);
        String first = web.getCookieManager().getCookie("JSESSIONID").getValue();
        // signing out leaves a session for its confirmation; signing in again must not keep its id
        HtmlPage out = click(home, "account:logout");
        assertTrue(out.asNormalizedText().contains("Sign in"), out.asNormalizedText());
        var between = web.getCookieManager().getCookie("JSESSIONID");
        logIn("en", email, PASSWORD);
        String after = web.getCookieManager().getCookie("JSESSIONID").getValue();
        assertNotEquals(first, after);
        assertNotEquals(between == null ? null : between.getValue(), after);
    }

    @Test
    void anInvitedAddressGetsTheMailInTheChosenLanguageAndTheRoleOnceConfirmed() throws Exception {
        String slug = "inv-" + UUID.randomUUID().toString().substring(0, 6);
        String admin = signedInAdministratorOfNewRepository(slug, "fr", "Commune invitante", "Alex Admin");

        String invitee = unique();
        HtmlPage members = web.getPage(base + "fr/r/" + slug + "/admin/members");
        fill(members, "invite:email_input", invitee);
        ((HtmlSelect) members.getHtmlElementById("invite:role")).setSelectedAttribute("FORUM_MEMBER", true);
        HtmlPage refused = click(members, "invite:submit");
        assertTrue(refused.asNormalizedText().contains("Choisissez le collège"), "a forum member needs a constituency");

        fill(refused, "invite:email_input", invitee);
        ((HtmlSelect) refused.getHtmlElementById("invite:role")).setSelectedAttribute("FORUM_MEMBER", true);
        ((HtmlSelect) refused.getHtmlElementById("invite:constituency")).setSelectedAttribute("CIVIL_SOCIETY", true);
        HtmlSelect language = refused.getHtmlElementById("invite:inviteeLanguage");
        assertEquals(1, language.getOptionSize(), "only the repository's languages are offered");
        HtmlPage sent = click(refused, "invite:submit");
        assertTrue(sent.asNormalizedText().contains("L’invitation est envoyée."), sent.asNormalizedText());
        assertTrue(Mailbox.body(Mailbox.await(MAIL, invitee, "Vous êtes invité·e sur Consulta")).contains("Commune invitante"));

        web.getCookieManager().clearCookies();
        register("es", "Inés Invitada", invitee, PASSWORD);
        MimeMessage confirm = Mailbox.await(MAIL, invitee, "Confirme su correo electrónico");
        confirm("es", Mailbox.token(confirm), PASSWORD);

        web.getCookieManager().clearCookies();
        logIn("fr", admin, PASSWORD);
        String list = web.<HtmlPage>getPage(base + "fr/r/" + slug + "/admin/members?q=Invitada").asNormalizedText();
        assertTrue(list.contains("Inés Invitada") && list.contains("Membre du forum · Société civile"), list);
    }

    /**
     * Someone registers another person's address with a password of their own, and waits for an
     * invitation to it: the role waits for whoever proves control of the address, and the registrant's
     * password does not survive the owner taking the address over.
     */
    @Test
    void anInvitationGoesToWhoeverProvesControlOfTheAddressNotToWhoeverRegisteredItFirst() throws Exception {
        String victim = unique();
        String attackers = "the attacker's own passphrase";
        register("en", "Mallory Pre", victim, attackers);
        String confirmLink = Mailbox.token(Mailbox.await(MAIL, victim, "Confirm your e-mail address"));
        web.getCookieManager().clearCookies();

        String slug = "pre-" + UUID.randomUUID().toString().substring(0, 6);
        String admin = signedInAdministratorOfNewRepository(slug, "en", "Preregistered Town", "Ada Admin");
        HtmlPage members = web.getPage(base + "en/r/" + slug + "/admin/members");
        fill(members, "invite:email_input", victim);
        ((HtmlSelect) members.getHtmlElementById("invite:role")).setSelectedAttribute("MODERATOR", true);
        HtmlPage sent = click(members, "invite:submit");
        assertTrue(sent.asNormalizedText().contains("The invitation is sent."), "an invitation, not a grant: " + sent.asNormalizedText());
        web.getCookieManager().clearCookies();

        // the owner opens the confirmation mail the registrant caused: without the registrant's password it confirms nothing
        HtmlPage refused = confirm("en", confirmLink, "what the owner would type");
        assertTrue(refused.asNormalizedText().contains("This is not the password of this account"), refused.asNormalizedText());
        assertTrue(logIn("en", victim, attackers).asNormalizedText().contains("Sign-in failed"), "still unconfirmed");

        // the owner takes the address over by mail: the registrant's password is gone, the role is the owner's
        requestReset("en", victim);
        String reset = Mailbox.token(Mailbox.await(MAIL, victim, "Choose a new password"));
        setNewPassword("en", reset, "the owner's real passphrase");
        web.getCookieManager().clearCookies();
        assertTrue(logIn("en", victim, attackers).asNormalizedText().contains("Sign-in failed"), "the registrant's password is void");
        web.getCookieManager().clearCookies();
        assertTrue(logIn("en", victim, "the owner's real passphrase").asNormalizedText().contains("Signed in as Mallory Pre"));
        web.getCookieManager().clearCookies();
        logIn("en", admin, PASSWORD);
        String list = web.<HtmlPage>getPage(base + "en/r/" + slug + "/admin/members?q=Mallory").asNormalizedText();
        assertTrue(list.contains("Mallory Pre"), "the owner holds the role now: " + list);
    }

    /** A password changed on one device, or reset by mail, ends the sessions open everywhere else. */
    @Test
    void changingOrResettingThePasswordEndsEveryOtherSession() throws Exception {
        String email = confirmedAccount("en", "Sia Session");
        String other = confirmedAccount("en", "Otto Other");
        try (WebClient phone = client(); WebClient friend = client()) {
            logIn("en", email, PASSWORD);
            logIn(phone, "en", email, PASSWORD);
            assertTrue(phone.<HtmlPage>getPage(base + "en/").asNormalizedText().contains("Signed in as Sia Session"));

            HtmlPage form = web.getPage(base + "en/account/password");
            fill(form, "password:current", PASSWORD);
            fill(form, "password:replacement", "a second long passphrase");
            HtmlPage changed = click(form, "password:submit");
            assertTrue(changed.asNormalizedText().contains("Every other session of your account has been signed out."),
                    changed.asNormalizedText());
            assertTrue(web.<HtmlPage>getPage(base + "en/").asNormalizedText().contains("Signed in as Sia Session"),
                    "the session that changed it stays");
            assertFalse(phone.<HtmlPage>getPage(base + "en/").asNormalizedText().contains("Signed in as"), "the phone is signed out");

            // a reset link opened in a browser where someone else is signed in ends that session too
            logIn(friend, "en", other, PASSWORD);
            requestReset("en", email);
            String token = Mailbox.token(Mailbox.await(MAIL, email, "Choose a new password"));
            HtmlPage resetForm = friend.getPage(base + "en/account/reset?token=" + token);
            fill(resetForm, "reset:replacement", "a third long passphrase");
            HtmlPage done = click(resetForm, "reset:submit");
            assertTrue(done.asNormalizedText().contains("every session of your account has been signed out"), done.asNormalizedText());
            assertFalse(web.<HtmlPage>getPage(base + "en/").asNormalizedText().contains("Signed in as"), "the laptop too, now");
            assertFalse(friend.<HtmlPage>getPage(base + "en/").asNormalizedText().contains("Signed in as Otto Other"),
                    "the browser that reset it is signed out of the other account");
        }
    }

    /** Guessing the password inside a session counts like failed sign-ins: five lock the account, right password or not. */
    @Test
    void passwordGuessesInsideASessionLockTheAccount() throws Exception {
        String email = unique();
        TestDatabase.createAccount(email, "Gus Guess", PASSWORD, false, "en");
        logIn("en", email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            HtmlPage form = web.getPage(base + "en/account/password");
            fill(form, "password:current", "guess number " + i);
            fill(form, "password:replacement", "a brand new passphrase");
            HtmlPage refused = click(form, "password:submit");
            assertFalse(refused.asNormalizedText().contains("Your password is changed"), "guess " + i);
        }
        assertTrue(Mailbox.body(Mailbox.await(MAIL, email, "Your account is locked for 15 minutes")).contains("5 failed"));
        HtmlPage form = web.getPage(base + "en/account/password");
        fill(form, "password:current", PASSWORD);
        fill(form, "password:replacement", "a brand new passphrase");
        assertFalse(click(form, "password:submit").asNormalizedText().contains("Your password is changed"),
                "locked: not even the right password");
        web.getCookieManager().clearCookies();
        assertTrue(logIn("en", email, PASSWORD).asNormalizedText().contains("Sign-in failed"), "and no sign-in either");
    }

    /** Of two reset links, using one voids the other; so does changing the password. */
    @Test
    void usingOneResetLinkVoidsEveryOther() throws Exception {
        String email = confirmedAccount("en", "Lena Links");
        requestReset("en", email);
        String older = Mailbox.token(Mailbox.await(MAIL, email, "Choose a new password"));
        MAIL.purgeEmailFromAllMailboxes();
        requestReset("en", email);
        String newer = Mailbox.token(Mailbox.await(MAIL, email, "Choose a new password"));
        assertNotEquals(older, newer);
        assertTrue(setNewPassword("en", newer, "a newer long passphrase").asNormalizedText().contains("Your new password is saved"));
        web.getCookieManager().clearCookies();
        assertTrue(setNewPassword("en", older, "an older long passphrase").asNormalizedText().contains("This link is not valid"),
                "the older link no longer works");

        MAIL.purgeEmailFromAllMailboxes();
        requestReset("en", email);
        String pending = Mailbox.token(Mailbox.await(MAIL, email, "Choose a new password"));
        logIn("en", email, "a newer long passphrase");
        HtmlPage form = web.getPage(base + "en/account/password");
        fill(form, "password:current", "a newer long passphrase");
        fill(form, "password:replacement", "a changed long passphrase");
        click(form, "password:submit");
        web.getCookieManager().clearCookies();
        assertTrue(setNewPassword("en", pending, "yet another passphrase").asNormalizedText().contains("This link is not valid"),
                "a password change voids the links still unused");
    }

    @Test
    void aPendingInvitationCanBeCancelled() throws Exception {
        String slug = "can-" + UUID.randomUUID().toString().substring(0, 6);
        signedInAdministratorOfNewRepository(slug, "en", "Cancel Town", "Cam Admin");
        String invitee = unique();
        HtmlPage members = web.getPage(base + "en/r/" + slug + "/admin/members");
        fill(members, "invite:email_input", invitee);
        HtmlPage sent = click(members, "invite:submit");
        assertTrue(sent.asNormalizedText().contains(invitee), "the pending invitation is listed");
        HtmlElement cancel = sent.querySelector(".pending button[value=cancel]");
        HtmlPage cancelled = cancel.click();
        assertTrue(cancelled.asNormalizedText().contains("The invitation is cancelled."), cancelled.asNormalizedText());
        assertFalse(cancelled.asNormalizedText().contains(invitee));
        String log = web.<HtmlPage>getPage(base + "en/r/" + slug + "/admin/audit?action=member.invitation_cancelled").asNormalizedText();
        assertTrue(log.contains("Invitation cancelled") && log.contains("Cam Admin"), log);
    }

    @Test
    void aPersonDownloadsTheirDataAndDeletesTheirAccountWithTheirPassword() throws Exception {
        String email = confirmedAccount("en", "Dana Delete");
        logIn("en", email, PASSWORD);
        HtmlPage settings = web.getPage(base + "en/account/settings");
        fill(settings, "export:password", "not my password");
        HtmlPage wrong = click(settings, "export:submit");
        assertTrue(wrong.asNormalizedText().contains("The current password is not right."));

        fill(wrong, "export:password", PASSWORD);
        org.htmlunit.Page download = wrong.getHtmlElementById("export:submit").click();
        assertTrue(download.getWebResponse().getContentType().startsWith("application/json"));
        assertTrue(download.getWebResponse().getResponseHeaderValue("Content-Disposition").startsWith("attachment"));
        String json = download.getWebResponse().getContentAsString();
        assertTrue(json.contains("\"email\":\"" + email + "\"") && json.contains("\"name\":\"Dana Delete\""), json);

        HtmlPage again = web.getPage(base + "en/account/settings");
        fill(again, "delete:password", PASSWORD);
        HtmlPage gone = click(again, "delete:submit");
        assertTrue(gone.asNormalizedText().contains("Your account is deleted."), gone.asNormalizedText());
        assertTrue(logIn("en", email, PASSWORD).asNormalizedText().contains("Sign-in failed"));
    }

    @Test
    void aPersonChangesTheirAddressOnceTheNewOneConfirmsAndTheOldOneIsTold() throws Exception {
        String email = confirmedAccount("fr", "Éric Change");
        logIn("fr", email, PASSWORD);
        String newEmail = unique();
        HtmlPage settings = web.getPage(base + "fr/account/settings");
        fill(settings, "email:newEmail", newEmail);
        fill(settings, "email:password", PASSWORD);
        HtmlPage asked = click(settings, "email:submit");
        assertTrue(asked.asNormalizedText().contains("Consultez la nouvelle adresse"), asked.asNormalizedText());
        assertTrue(Mailbox.body(Mailbox.await(MAIL, email, "Un changement de votre adresse électronique a été demandé"))
                .contains(newEmail));
        String token = Mailbox.token(Mailbox.await(MAIL, newEmail, "Confirmez votre nouvelle adresse électronique"));

        web.getCookieManager().clearCookies();
        assertTrue(logIn("fr", newEmail, PASSWORD).asNormalizedText().contains("Connexion impossible"), "not before confirming");
        HtmlPage done = click(web.getPage(base + "fr/account/email?token=" + token), "confirm:submit");
        assertTrue(done.asNormalizedText().contains("Votre nouvelle adresse est confirmée"), done.asNormalizedText());
        assertTrue(logIn("fr", newEmail, PASSWORD).getUrl().getPath().endsWith("/fr/"));
        web.getCookieManager().clearCookies();
        assertTrue(logIn("fr", email, PASSWORD).asNormalizedText().contains("Connexion impossible"));
    }

    @Test
    void aOneTimePasswordOpensNothingButThePageThatReplacesIt() throws Exception {
        String email = unique();
        TestDatabase.createAccountWithOneTimePassword(email, "Otto Onetime", "Xq7pLm2RtZ9wKv4B");
        HtmlPage landing = logIn("en", email, "Xq7pLm2RtZ9wKv4B");
        assertTrue(landing.getUrl().getPath().endsWith("/en/account/password"), landing.getUrl().toString());
        assertTrue(landing.asNormalizedText().contains("choose your own before you continue"), landing.asNormalizedText());
        HtmlPage elsewhere = web.getPage(base + "en/r/demo/");
        assertTrue(elsewhere.getUrl().getPath().endsWith("/en/account/password"), "every page leads back to the change");

        fill(elsewhere, "password:current", "Xq7pLm2RtZ9wKv4B");
        fill(elsewhere, "password:replacement", PASSWORD);
        HtmlPage changed = click(elsewhere, "password:submit");
        assertTrue(changed.asNormalizedText().contains("Your password is changed."), changed.asNormalizedText());
        assertTrue(web.<HtmlPage>getPage(base + "en/r/demo/").getUrl().getPath().endsWith("/en/r/demo/"));
    }

    /** A repository of the test's own, and its administrator signed in on this client; returns the address. */
    private String signedInAdministratorOfNewRepository(String slug, String lang, String repositoryName, String name)
            throws Exception {
        TestDatabase.createRepository(slug, lang, repositoryName);
        String admin = confirmedAccount(lang, name);
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        logIn(lang, admin, PASSWORD);
        return admin;
    }

    private String confirmedAccount(String lang, String name) throws Exception {
        String email = unique();
        register(lang, name, email, PASSWORD);
        MimeMessage mail = Mailbox.await(MAIL, email, lang.equals("en") ? "Confirm your e-mail address"
                : lang.equals("es") ? "Confirme su correo electrónico" : "Confirmez votre adresse électronique");
        confirm(lang, Mailbox.token(mail), PASSWORD);
        web.getCookieManager().clearCookies();
        return email;
    }

    private HtmlPage confirm(String lang, String token, String password) throws Exception {
        HtmlPage form = web.getPage(base + lang + "/account/confirm?token=" + token);
        fill(form, "confirm:password", password);
        return click(form, "confirm:submit");
    }

    private HtmlPage register(String lang, String name, String email, String password) throws Exception {
        HtmlPage form = web.getPage(base + lang + "/account/register");
        fill(form, "register:name", name);
        fill(form, "register:email", email);
        fill(form, "register:password", password);
        HtmlSelect language = form.getHtmlElementById("register:language");
        language.setSelectedAttribute(lang, true);
        return click(form, "register:submit");
    }

    private HtmlPage logIn(String lang, String email, String password) throws Exception {
        return logIn(web, lang, email, password);
    }

    private HtmlPage logIn(WebClient client, String lang, String email, String password) throws Exception {
        HtmlPage form = client.getPage(base + lang + "/account/login");
        fill(form, "login:email", email);
        fill(form, "login:password", password);
        return click(form, "login:submit");
    }

    private void requestReset(String lang, String email) throws Exception {
        HtmlPage form = web.getPage(base + lang + "/account/reset");
        fill(form, "ask:email", email);
        click(form, "ask:submit");
    }

    private HtmlPage setNewPassword(String lang, String token, String password) throws Exception {
        HtmlPage form = web.getPage(base + lang + "/account/reset?token=" + token);
        fill(form, "reset:replacement", password);
        return click(form, "reset:submit");
    }

    private static void fill(HtmlPage page, String id, String value) {
        HtmlInput input = page.getHtmlElementById(id);
        input.setValue(value);
    }

    private static HtmlPage click(HtmlPage page, String id) throws Exception {
        HtmlElement button = page.getHtmlElementById(id);
        return button.click();
    }

    private static String messageOf(HtmlPage page) {
        return page.querySelector(".messages").asNormalizedText();
    }

    private static String unique() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
