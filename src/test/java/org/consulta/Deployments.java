package org.consulta;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Integration tests deploy the WAR the build produced, never a hand-picked subset of classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realWar(Class<?>... testClasses) {
        File war = new File(System.getProperty("consulta.war", "target/consulta.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "consulta.war").importFrom(war).as(WebArchive.class);
        return archive.addClasses(testClasses);
    }
}
