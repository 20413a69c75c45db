package org.consulta.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/**
 * Tests that use the platform from outside, as its users do: the real WAR on Payara Micro,
 * reached over loopback HTTP, by an HTTP client or by {@link #browser}, which is closed after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AgainstDeployedWar {

    @ArquillianResource
    private URL advertised;

    /** The deployment's root URL on localhost, ending with a slash. */
    protected URL base;
    protected WebDriver browser;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.realWar();
    }

    @BeforeEach
    public void onLoopback() {
        base = Deployments.onLoopback(advertised);
    }

    @AfterEach
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
