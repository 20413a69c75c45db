package org.consulta.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Integration tests deploy the WAR the build produced, never a hand-picked subset of classes. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's URL on the loopback interface. Payara advertises the machine's network
     * address; tests only ever talk to this machine through localhost.
     */
    public static java.net.URL onLoopback(java.net.URL advertised) {
        try {
            // the managed container sometimes misses the deployment in Payara's start-up output and advertises
            // the bare host; the WAR's context root is fixed by its name
            String file = advertised.getFile() == null || advertised.getFile().length() <= 1 ? "/consulta/" : advertised.getFile();
            return new java.net.URL(advertised.getProtocol(), "localhost", advertised.getPort(), file);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static WebArchive realWar(Class<?>... testClasses) {
        File war = new File(System.getProperty("consulta.war", "target/consulta.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "consulta.war").importFrom(war).as(WebArchive.class);
        return archive.addClasses(testClasses);
    }
}
