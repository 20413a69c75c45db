package org.consulta.account;

import jakarta.inject.Inject;
import org.consulta.audit.AuditEntry;
import org.consulta.audit.AuditLine;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.Tenant;
import org.consulta.repository.OutboxService;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.repository.RepositoryKind;
import org.consulta.repository.RepositoryPermissions;
import org.consulta.repository.RepositoryService;
import org.consulta.repository.RepositorySettings;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every protected action refuses, on the server, the anonymous, a plain participant and the
 * administrator of another repository, and the refusal changes nothing; allowed actions are audited.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(AccessControlIT.class);
    }

    @Inject
    RepositoryService repositories;
    @Inject
    RepositoryAdminService admin;
    @Inject
    MembershipService memberships;
    @Inject
    Permissions permissions;
    @Inject
    AccountService accounts;
    @Inject
    OutboxService outbox;
    @Inject
    ProfileService profiles;
    @Inject
    PasswordService passwords;
    @Inject
    org.consulta.repository.PlatformAdminService platform;
    @Inject
    org.consulta.account.InviteeService invitees;

    Tenant a;
    Tenant b;
    long adminA;
    long adminB;
    long participant;
    long platformAdmin;

    @BeforeEach
    void twoRepositoriesEachWithItsAdministrator() {
        a = newRepository();
        b = newRepository();
        platformAdmin = accounts.findByEmail("admin@consulta.invalid").orElseThrow().getId();
        adminA = newAccount("admin-a");
        adminB = newAccount("admin-b");
        participant = newAccount("participant");
        memberships.appoint(a, platformAdmin, adminA, RepositoryRole.ADMINISTRATOR, null, null);
        memberships.appoint(b, platformAdmin, adminB, RepositoryRole.ADMINISTRATOR, null, null);
    }

    @Test
    void repositorySettingsAreForItsAdministratorsOnly() {
        RepositorySettings changed = admin.loadSettings(a, adminA);
        changed.getNames().put("fr", "Nom changé par un intrus");
        for (Long outsider : new Long[]{null, participant, adminB}) {
            refused(() -> admin.loadSettings(a, outsider));
            refused(() -> admin.updateSettings(a, outsider, changed));
            refused(() -> admin.auditPage(a, outsider, null, 0));
        }
        assertEquals("Repo " + a.slug(), repositories.findActive(a.slug()).orElseThrow().getName().in("fr").orElseThrow().text());
        assertTrue(admin.auditPage(a, adminA, "repository.settings_changed", 0).isEmpty(), "no change, no entry");
    }

    @Test
    void anAdministratorsChangeIsAppliedAndAuditedWithBeforeAndAfter() {
        RepositorySettings settings = admin.loadSettings(a, adminA);
        settings.getNames().put("es", "Nombre nuevo");
        settings.setLanguages(List.of("fr", "es"));
        admin.updateSettings(a, adminA, settings);

        var repository = repositories.findActive(a.slug()).orElseThrow();
        assertEquals("Nombre nuevo", repository.getName().in("es").orElseThrow().text());
        List<AuditLine> lines = admin.auditPage(a, adminA, "repository.settings_changed", 0);
        assertEquals(1, lines.size());
        AuditEntry entry = lines.get(0).getEntry();
        assertEquals(adminA, entry.getActorId());
        assertEquals("admin-a", lines.get(0).getActorName(), "the log names who acted");
        assertTrue(entry.getBefore().contains("languages=[fr]"), entry.getBefore());
        assertTrue(entry.getAfter().contains("Nombre nuevo"), entry.getAfter());
        assertTrue(admin.auditPage(b, adminB, null, 0).stream().noneMatch(l -> l.getEntry().getAction().equals("repository.settings_changed")),
                "repository B's log does not show A's entries");
    }

    @Test
    void rolesAreManagedByTheRepositorysAdministratorsOnly() {
        String email = accountEmail(participant);
        for (Long outsider : new Long[]{null, participant, adminB}) {
            refused(() -> memberships.grantRole(a, outsider, email, RepositoryRole.MODERATOR, null, null));
            refused(() -> memberships.revokeRole(a, outsider, adminA, RepositoryRole.ADMINISTRATOR));
            refused(() -> memberships.listMembers(a, outsider, "", 0));
            refused(() -> memberships.appoint(a, outsider, participant, RepositoryRole.ADMINISTRATOR, null, null));
        }
        assertEquals(1, memberships.listMembers(a, adminA, "", 0).size(), "only A's administrator holds a role");
        assertFalse(permissions.allows(b, adminA, RepositoryPermissions.ADMINISTER), "a role in A gives nothing in B");

        memberships.grantRole(a, adminA, email, RepositoryRole.FORUM_MEMBER, Constituency.CIVIL_SOCIETY, "Ciudadanía Activa");
        assertEquals(2, memberships.listMembers(a, adminA, "", 0).size());
        assertTrue(admin.auditPage(a, adminA, "role.granted", 0).stream().anyMatch(l -> email.equals(l.getEntry().getTarget())));
    }

    /**
     * Suggestions of whom to invite: only for A's administrators, only people seen in A (a role there), never
     * B's, never an address in full; 60 lookups a minute, then refused; a chosen suggestion's reference
     * grants the role to that very account, and a forged reference to someone outside A does nothing.
     */
    @Test
    void inviteeSuggestionsAreScopedMaskedAndRateLimited() {
        for (Long outsider : new Long[]{null, participant, adminB}) {
            refused(() -> invitees.suggestInvitees(a, outsider, "adm"));
        }
        long seenInB = newAccount("admin-b-colleague");
        memberships.appoint(b, platformAdmin, seenInB, RepositoryRole.MODERATOR, null, null);
        long helper = newAccount("admin-helper");
        memberships.appoint(a, platformAdmin, helper, RepositoryRole.FORUM_MEMBER, Constituency.CIVIL_SOCIETY, "Collectif");
        List<org.consulta.account.Invitees.Suggestion> found = invitees.suggestInvitees(a, adminA, "ADMIN");
        assertEquals(List.of(adminA, helper), found.stream().map(org.consulta.account.Invitees.Suggestion::id).toList(),
                "only A's people, whatever the case typed");
        assertTrue(found.get(0).getLabel().contains("•••@") && !found.get(0).getLabel().contains(accountEmail(adminA)),
                "the address half hidden: " + found.get(0).getLabel());
        assertTrue(invitees.suggestInvitees(a, adminA, "a").isEmpty(), "two letters at least");
        for (int i = 3; i <= 60; i++) {
            invitees.suggestInvitees(a, adminA, "ad");
        }
        assertEquals("account.throttled", assertThrows(org.consulta.kernel.RefusedException.class,
                () -> invitees.suggestInvitees(a, adminA, "ad")).messageKey(), "the 61st lookup of the minute");

        assertThrows(org.consulta.kernel.RefusedException.class, () -> memberships.inviteMember(a, adminA, "#" + seenInB, RepositoryRole.MODERATOR, null, null, "fr"));
        assertEquals(2, memberships.listMembers(a, adminA, "", 0).size(), "B's colleague is not A's to invite by reference");
        memberships.inviteMember(a, adminA, "#" + helper, RepositoryRole.MODERATOR, null, null, "fr");
        assertEquals(List.of("FORUM_MEMBER", "MODERATOR"), memberships.listMembers(a, adminA, "helper", 0).stream()
                .map(g -> g.getRole().name()).sorted().toList(), "the reference granted the role to that account");
    }

    @Test
    void invitationsAreForTheRepositorysAdministratorsOnly() {
        for (Long outsider : new Long[]{null, participant, adminB}) {
            refused(() -> memberships.inviteMember(a, outsider, "someone@example.org", RepositoryRole.MODERATOR, null, null, "fr"));
            refused(() -> memberships.listPendingInvitations(a, outsider));
            refused(() -> memberships.cancelInvitation(a, outsider, 1L));
        }
        assertEquals(1, memberships.listMembers(a, adminA, "", 0).size());
    }

    @Test
    void repositoriesAreOpenedAndDisabledByPlatformAdministratorsOnly() {
        for (Long outsider : new Long[]{null, participant, adminA}) {
            refused(() -> platform.readRepositories(outsider, org.consulta.kernel.Slice.of(0, 20)));
            refused(() -> platform.countRepositories(outsider, org.consulta.kernel.Slice.of(0, 20)));
            refused(() -> platform.openRepository(outsider, "intruder-" + a.slug(), RepositoryKind.LOCAL, "fr", "X"));
            refused(() -> platform.setActive(outsider, a.slug(), false));
            refused(() -> platform.platformAudit(outsider, 0));
        }
        assertTrue(repositories.findActive(a.slug()).isPresent());
        assertTrue(repositories.findActive("intruder-" + a.slug()).isEmpty());

        platform.setActive(platformAdmin, a.slug(), false);
        assertTrue(repositories.findActive(a.slug()).isEmpty(), "a disabled repository is no longer public");
        assertTrue(platform.platformAudit(platformAdmin, 0).stream().map(AuditLine::getEntry)
                .anyMatch(e -> e.getAction().equals("repository.disabled") && a.slug().equals(e.getTarget())));
    }

    @Test
    void exportAndDeletionNeedThePasswordAgain() {
        assertThrows(org.consulta.kernel.RefusedException.class, () -> profiles.exportData(participant, "wrong"));
        assertThrows(org.consulta.kernel.RefusedException.class, () -> profiles.deleteAccount(participant, "wrong"));
        refused(() -> profiles.exportData(null, "one time password"));
        assertTrue(profiles.exportData(participant, "one time password").contains(accountEmail(participant)));
        assertFalse(accounts.findById(participant).orElseThrow().isDeleted());
    }

    @Test
    void theLogoIsForTheRepositorysAdministratorsOnly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        for (Long outsider : new Long[]{null, participant, adminB}) {
            refused(() -> admin.replaceLogo(a, outsider, png));
        }
        assertFalse(repositories.findActive(a.slug()).orElseThrow().isHasLogo());
        admin.replaceLogo(a, adminA, png);
        assertTrue(repositories.findActive(a.slug()).orElseThrow().isHasLogo());
        assertTrue(admin.auditPage(a, adminA, "repository.logo_changed", 0).size() == 1);
    }

    @Test
    void anAddressChangeNeedsTheSignedInPersonAndTheirPassword() {
        refused(() -> profiles.requestEmailChange(null, "one time password", "new@example.org"));
        assertThrows(org.consulta.kernel.RefusedException.class,
                () -> profiles.requestEmailChange(participant, "wrong", "new@example.org"));
        assertEquals(accountEmail(participant), accounts.findById(participant).orElseThrow().getEmail());
    }

    @Test
    void theOutboxIsForPlatformAdministratorsOnly() {
        for (Long outsider : new Long[]{null, participant, adminA}) {
            refused(() -> outbox.readOutbox(outsider, null, 0));
            refused(() -> outbox.readMail(outsider, 1));
        }
        outbox.readOutbox(platformAdmin, null, 0);
    }

    @Test
    void personalSettingsNeedTheRightPerson() {
        refused(() -> profiles.chooseLanguage(null, "fr"));
        assertThrows(RuntimeException.class, () -> passwords.changePassword(participant, "not the password", "a brand new passphrase"));
    }

    private static void refused(Executable action) {
        assertThrows(AccessDeniedException.class, action);
    }

    private Tenant newRepository() {
        String slug = "ac-" + UUID.randomUUID().toString().substring(0, 8);
        return repositories.createRepository(slug, RepositoryKind.LOCAL, List.of("fr"), "fr",
                LocalizedText.original("fr", "Repo " + slug), LocalizedText.original("fr", "d")).tenant();
    }

    private long newAccount(String prefix) {
        Account account = accounts.createPreconfirmedAccount(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", prefix, "one time password".toCharArray(), "fr");
        return account.getId();
    }

    private String accountEmail(long id) {
        return accounts.findById(id).orElseThrow().getEmail();
    }
}
