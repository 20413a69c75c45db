package org.consulta.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debian's headless Chromium, driven as a person would, with axe-core's WCAG 2.1 A/AA audit. */
public final class Browser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {
    }

    /** A fresh browser whose Accept-Language is {@code language}. */
    public static WebDriver open(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--lang=" + language, "--user-data-dir=" + Files.createTempDirectory("consulta-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits (up to 10 s) until the page shows {@code text}: a click's navigation may still be under way. */
    public static String awaitText(WebDriver driver, String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    // while the next page replaces this one, the DOM can vanish under any call
                    .ignoring(org.openqa.selenium.WebDriverException.class).until(d ->
                    d.findElement(org.openqa.selenium.By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("'" + text + "' never appeared on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(org.openqa.selenium.By.tagName("body")).getText());
        }
        return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    /** Fails with the list of violations when the current page breaks any WCAG 2.1 A or AA rule axe checks. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), driver.getCurrentUrl() + " has WCAG violations:\n" + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /** A copy of the demo's PDF in a temporary file named {@code prefix…pdf}, for a file input; the caller deletes it. */
    public static java.nio.file.Path seedPdf(String prefix) {
        try (var in = Browser.class.getClassLoader().getResourceAsStream("seed/plan-2025-2027-resumen.pdf")) {
            java.nio.file.Path pdf = Files.createTempFile(prefix, ".pdf");
            Files.write(pdf, in.readAllBytes());
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fetches a link as someone's browser would download it, and checks it is a PDF served as an attachment. */
    public static byte[] assertPdfAttachment(String url) throws IOException, InterruptedException {
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.junit.jupiter.api.Assertions.assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                download.headers().toString());
        return download.body();
    }
}
