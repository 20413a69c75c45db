package org.consulta;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.UUID;

import static org.consulta.Browser.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person registers in Spanish, confirms from the mail, signs in, switches to French and keeps it
 * across sign-out and sign-in; an administrator renames a repository and adds a language, and the
 * public pages show it. axe-core checks every page visited, back office included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "cuatro gatos pardos en la azotea";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    private URL advertised;
    private URL base;

    @org.junit.jupiter.api.BeforeEach
    void onLoopback() {
        base = Deployments.onLoopback(advertised);
    }

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonRegistersInSpanishAndTheirFrenchChoiceSticks() throws Exception {
        browser = Browser.open("es");
        String email = registerAndConfirm("Carmen Ruiz");

        logIn(email);
        Browser.awaitText(browser, "Sesión de Carmen Ruiz");
        assertTrue(browser.getCurrentUrl().endsWith("/es/"), browser.getCurrentUrl());
        assertAccessible(browser);

        browser.findElement(By.cssSelector("#switcher input[value='Français']")).click();
        Browser.awaitText(browser, "Connecté·e : Carmen Ruiz");
        assertTrue(browser.getCurrentUrl().endsWith("/fr/"), browser.getCurrentUrl());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertAccessible(browser);

        browser.findElement(By.id("account:logout")).click();
        Browser.awaitText(browser, "Se connecter");
        browser.manage().deleteAllCookies();
        browser.get(base + "es/account/login");
        logIn(email);
        Browser.awaitText(browser, "Connecté·e : Carmen Ruiz");
        assertTrue(browser.getCurrentUrl().endsWith("/fr/"), "the account's language wins: " + browser.getCurrentUrl());
    }

    @Test
    void anAdministratorRenamesTheRepositoryAndAddsALanguage() throws Exception {
        browser = Browser.open("fr");
        String slug = "ville-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, "fr", "Ville d’essai");
        String email = registerAndConfirm("Inès Admin");
        TestDatabase.grant(email, slug, "ADMINISTRATOR");

        browser.get(base + "fr/account/login");
        logIn(email);
        Browser.awaitText(browser, "Connecté·e : Inès Admin");
        browser.get(base + "fr/r/" + slug + "/");
        browser.findElement(By.linkText("Administration")).click();
        Browser.awaitText(browser, "Paramètres de l’espace");
        assertAccessible(browser);

        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(0), "");
        browser.findElement(By.id("settings:save")).click();
        Browser.awaitText(browser, "Donnez un nom à l’espace dans chaque langue qu’il propose.");
        assertAccessible(browser);

        WebElement spanish = browser.findElement(By.cssSelector("#settings\\:languages input[value='es']"));
        spanish.click();
        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(0), "Ville ouverte de Saint-Essai");
        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(1), "Ciudad abierta de San Ensayo");
        browser.findElement(By.id("settings:save")).click();
        Browser.awaitText(browser, "Les paramètres sont enregistrés.");
        assertAccessible(browser);

        browser.findElement(By.linkText("Journal d’audit")).click();
        Browser.awaitText(browser, "repository.settings_changed");
        assertAccessible(browser);

        browser.get(base + "es/r/" + slug + "/");
        assertEquals("Ciudad abierta de San Ensayo", heading());
        assertAccessible(browser);
        browser.get(base + "fr/r/" + slug + "/");
        assertEquals("Ville ouverte de Saint-Essai", heading());
    }

    @Test
    void aParticipantIsRefusedTheBackOffice() throws Exception {
        browser = Browser.open("en");
        String email = registerAndConfirm("Pat Participant");
        browser.get(base + "en/account/login");
        logIn(email);
        Browser.awaitText(browser, "Signed in as Pat Participant");
        browser.get(base + "en/r/demo/admin/");
        assertEquals("Access refused", heading());
        assertAccessible(browser);
    }

    /** From the home page, as a person would; returns the confirmed address. */
    private String registerAndConfirm(String name) throws Exception {
        String email = "b-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.get(base.toString());
        String language = browser.findElement(By.tagName("html")).getAttribute("lang");
        browser.findElement(By.cssSelector(".account-links a[href$='/account/register']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("register:name")).isEmpty());
        assertAccessible(browser);
        browser.findElement(By.id("register:name")).sendKeys(name);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        assertEquals(language, new Select(browser.findElement(By.id("register:language"))).getFirstSelectedOption()
                .getAttribute("value"), "the form proposes the page's language");
        browser.findElement(By.id("register:submit")).click();
        Browser.awaitText(browser, switch (language) {
            case "es" -> "Revise su correo";
            case "fr" -> "Consultez vos courriels";
            default -> "Check your e-mail";
        });
        assertAccessible(browser);

        String subject = switch (language) {
            case "es" -> "Confirme su correo electrónico";
            case "fr" -> "Confirmez votre adresse électronique";
            default -> "Confirm your e-mail address";
        };
        String token = Mailbox.token(Mailbox.await(MAIL, email, subject));
        browser.get(base + language + "/account/confirm?token=" + token);
        assertAccessible(browser);
        browser.findElement(By.id("confirm:submit")).click();
        Browser.awaitText(browser, switch (language) {
            case "es" -> "Su dirección está confirmada";
            case "fr" -> "Votre adresse est confirmée";
            default -> "Your address is confirmed";
        });
        return email;
    }

    private void logIn(String email) {
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
