package org.consulta.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.account.OneTimePassword;
import org.consulta.kernel.Database;
import org.consulta.kernel.Started;
import org.consulta.repository.RepositoryService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.logging.Logger;

/**
 * What an empty database gets at first start: the demo repository and a platform administrator
 * whose random one-time password is printed once, here and nowhere else.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    private RepositoryService repositories;
    @Inject
    private DemoSeeder demo;
    @Inject
    private AccountService accounts;
    @Inject
    @ConfigProperty(name = "consulta.admin.email", defaultValue = "admin@consulta.invalid")
    private String adminEmail;
    @Inject
    @ConfigProperty(name = "consulta.seed.demo", defaultValue = "true")
    private boolean seedDemo;

    @Inject
    private StartBox box;
    @Inject
    private DemoAccounts demoAccounts;
    @Inject
    private DemoConsultation demoConsultation;
    @Inject
    private DemoModeration demoModeration;
    @Inject
    private DemoForum demoForum;
    @Inject
    private DemoTracking demoTracking;
    @Inject
    private DemoProposals demoProposals;

    @jakarta.annotation.Resource(lookup = Database.JNDI)
    private javax.sql.DataSource dataSource;

    /**
     * Instances of a cluster starting together over an empty database take turns: the first seeds while
     * holding the lock row on a connection of its own, the others wait for it and then find nothing to do.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seedOnce() {
        try (java.sql.Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var turn = lock.createStatement()) {
                turn.executeQuery("SELECT id FROM first_start WHERE id = 1 FOR UPDATE").close();
                seed();
            } finally {
                lock.commit();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("First start could not take its turn", e);
        }
        Started.seeded();
    }

    private void seed() {
        boolean empty = repositories.isEmpty();
        StringBuilder printout = new StringBuilder();
        if (!accounts.hasPlatformAdministrator()) {
            char[] password = OneTimePassword.generate(20);
            accounts.createPlatformAdministrator(adminEmail, password, "en");
            printout.append(String.format(" %-36s %-14s %s%n", adminEmail, "PLATFORM ADMIN", new String(password)));
            Arrays.fill(password, ' ');
        }
        if (seedDemo && empty) {
            long adminId = accounts.findByEmail(adminEmail).orElseThrow().getId();
            demo.seedDemoRepository(adminId);
            printout.append(demoAccounts.createDemoAccounts(repositories.getActive("demo").tenant(), adminId));
            demoConsultation.seed(repositories.getActive("demo").tenant(), adminId);
            demoModeration.seed(repositories.getActive("demo").tenant());
            demoForum.seed(repositories.getActive("demo").tenant(), adminId);
            demoTracking.seed(repositories.getActive("demo").tenant(), adminId);
            demoProposals.seed(repositories.getActive("demo").tenant(), adminId);
            LOG.info("Seeded the demo repository: /fr/r/demo/ /es/r/demo/ /en/r/demo/");
        }
        // docker/payara.sh holds this box back until Payara's "ready" line, so it is the last thing printed
        LOG.warning(box.text(printout.toString(), repositories.findActive("demo").isPresent()));
    }
}
