package org.consulta.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Browser;
import org.consulta.testing.Mailbox;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.consulta.testing.Browser.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person registers in Spanish, confirms from the mail, signs in, switches to French and keeps it
 * across sign-out and sign-in; an administrator renames a repository and adds a language, and the
 * public pages show it. axe-core checks every page visited, back office included.
 */
class AccountBrowserIT extends AgainstDeployedWar {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    private static final String PASSWORD = "cuatro gatos pardos en la azotea";




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
        Browser.awaitText(browser, "Sesión de Carmen Ruiz");
        assertTrue(browser.getCurrentUrl().endsWith("/es/"), "the language of the page signed in from wins: " + browser.getCurrentUrl());
        browser.get(base.toString());
        Browser.awaitText(browser, "Connecté·e : Carmen Ruiz");
        assertTrue(browser.getCurrentUrl().endsWith("/fr/"), "where no address says, the account's language: " + browser.getCurrentUrl());
    }

    @Test
    void anAdministratorRenamesTheRepositoryAddsALanguageAndUploadsALogo() throws Exception {
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

        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(0), "Ville d’essai");
        replace(browser.findElement(By.id("settings:colour")), "#ffcc00");
        browser.findElement(By.id("settings:save")).click();
        Browser.awaitText(browser, "Un texte blanc sur cette couleur est trop difficile à lire");
        replace(browser.findElement(By.id("settings:colour")), "#7a1f5c");

        WebElement spanish = browser.findElement(By.cssSelector("#settings\\:languages input[value='es']"));
        spanish.click();
        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(0), "Ville ouverte de Saint-Essai");
        replace(browser.findElements(By.cssSelector("input[id$=':name']")).get(1), "Ciudad abierta de San Ensayo");
        browser.findElement(By.id("settings:save")).click();
        Browser.awaitText(browser, "Les paramètres sont enregistrés.");
        assertAccessible(browser);

        browser.findElement(By.linkText("Journal d’audit")).click();
        Browser.awaitText(browser, "Paramètres modifiés");
        assertAccessible(browser);

        java.nio.file.Path fake = java.nio.file.Files.createTempFile("not-a-logo", ".png");
        java.nio.file.Files.writeString(fake, "%PDF-1.7 this is not an image");
        browser.get(base + "fr/r/" + slug + "/admin/");
        browser.findElement(By.id("logo:file")).sendKeys(fake.toString());
        browser.findElement(By.id("logo:upload")).click();
        Browser.awaitText(browser, "Ce fichier n’est pas une image PNG, JPEG ou SVG.");
        java.nio.file.Path svg = java.nio.file.Files.createTempFile("logo", ".svg");
        java.nio.file.Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\">"
                + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#7a1f5c\"/><script>alert(2)</script></svg>");
        browser.findElement(By.id("logo:file")).sendKeys(svg.toString());
        browser.findElement(By.id("logo:upload")).click();
        Browser.awaitText(browser, "Le logo est enregistré.");
        assertAccessible(browser);
        java.net.http.HttpResponse<String> logo = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "logos/" + slug)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals("image/svg+xml", logo.headers().firstValue("Content-Type").orElse(""));
        assertTrue(logo.body().contains("<circle") && !logo.body().contains("script") && !logo.body().contains("onload"), logo.body());

        browser.get(base + "es/r/" + slug + "/");
        assertEquals("Ciudad abierta de San Ensayo", heading());
        assertEquals(1, browser.findElements(By.cssSelector("header img.site-logo")).size(), "the logo is in the header");
        assertTrue(browser.findElement(By.cssSelector("header.site-header")).getAttribute("style").contains("background"),
                "the accent colour is applied");
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
        browser.findElement(By.id("confirm:password")).sendKeys(PASSWORD);
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
