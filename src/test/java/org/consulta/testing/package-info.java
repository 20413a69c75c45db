/**
 * What the tests of every feature share: the deployment of the real WAR ({@link org.consulta.testing.Deployments},
 * {@link org.consulta.testing.AgainstDeployedWar}), the database seen from outside ({@link org.consulta.testing.TestDatabase}),
 * content made through the services ({@link org.consulta.testing.Content}), Debian's Chromium with axe-core
 * ({@link org.consulta.testing.Browser}), GreenMail ({@link org.consulta.testing.Mailbox}) and a local cluster
 * ({@link org.consulta.testing.LocalCluster}). May import any main package; no main code imports it.
 */
package org.consulta.testing;
