package org.consulta.web;

import org.consulta.web.frame.Route;
import org.consulta.web.frame.Routes;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.consulta.web.frame.Route.Kind.ADD_SLASH;
import static org.consulta.web.frame.Route.Kind.NOT_OURS;
import static org.consulta.web.frame.Route.Kind.PLATFORM_PAGE;
import static org.consulta.web.frame.Route.Kind.REPOSITORY_PAGE;
import static org.consulta.web.frame.Route.Kind.REPOSITORY_WITHOUT_LANGUAGE;
import static org.consulta.web.frame.Route.Kind.ROOT;
import static org.consulta.web.frame.Route.Kind.UNKNOWN_PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTest {

    private static final Routes ROUTES = Routes.of(Path.of("src/main/webapp/views"));

    @Test
    void everyDeclaredRouteLeadsToAViewOfItsFolder() {
        assertEquals(51, ROUTES.views().size(), "the pages' folders declare the whole URL space");
        for (String view : ROUTES.views()) {
            assertTrue(Files.exists(Path.of("src/main/webapp" + view)), view);
        }
    }

    @Test
    void readsLanguageAndRepository() {
        Route route = ROUTES.parse("/es/r/demo/");
        assertEquals(REPOSITORY_PAGE, route.kind());
        assertEquals("es", route.language());
        assertEquals("demo", route.slug());
        assertEquals("/views/repository/home.xhtml", route.view());
    }

    @Test
    void findsTheModerationTransparencyAndForumPages() {
        assertEquals("/views/moderation/queue.xhtml", ROUTES.parse("/fr/r/demo/moderation").view());
        assertEquals("/views/moderation/appeals.xhtml", ROUTES.parse("/es/r/demo/moderation/appeals").view());
        assertEquals("/views/moderation/accounts.xhtml", ROUTES.parse("/en/r/demo/moderation/accounts").view());
        assertEquals("/views/repository/transparency.xhtml", ROUTES.parse("/fr/r/demo/transparency").view());
        assertEquals(UNKNOWN_PAGE, ROUTES.parse("/fr/r/demo/moderation/other").kind());
        assertEquals("/views/forum/show.xhtml", ROUTES.parse("/fr/r/demo/forum").view());
        assertEquals("/views/forum/ballot.xhtml", ROUTES.parse("/es/r/demo/forum/ballots/42").view());
        assertEquals("42", ROUTES.parse("/es/r/demo/forum/ballots/42").params().get("id"));
    }

    @Test
    void findsAProgressUpdatesPageWithItsCommitment() {
        Route route = ROUTES.parse("/fr/r/demo/plans/plan-2023/C2/updates/17");
        assertEquals("/views/commitments/update.xhtml", route.view());
        assertEquals("plan-2023", route.params().get("plan"));
        assertEquals("C2", route.params().get("ref"));
        assertEquals("17", route.params().get("update"));
        assertEquals(UNKNOWN_PAGE, ROUTES.parse("/fr/r/demo/plans/plan-2023/C2/updates/x").kind());
    }

    @Test
    void thePageInAnotherLanguageKeepsTheRestOfThePath() {
        assertEquals("/fr/r/demo/", ROUTES.parse("/es/r/demo/").in("fr"));
        assertEquals("/en/", ROUTES.parse("/fr/").in("en"));
    }

    @Test
    void classifiesEveryShape() {
        assertEquals(ROOT, ROUTES.parse("/").kind());
        assertEquals(ROOT, ROUTES.parse("").kind());
        assertEquals(PLATFORM_PAGE, ROUTES.parse("/fr/").kind());
        assertEquals(ADD_SLASH, ROUTES.parse("/fr").kind());
        assertEquals(ADD_SLASH, ROUTES.parse("/fr/r/demo").kind());
        assertEquals("/r/demo/", ROUTES.parse("/fr/r/demo").rest());
        assertEquals(REPOSITORY_WITHOUT_LANGUAGE, ROUTES.parse("/r/demo/").kind());
        assertEquals(UNKNOWN_PAGE, ROUTES.parse("/fr/nothing-here").kind());
        assertEquals(UNKNOWN_PAGE, ROUTES.parse("/fr/r/demo/nothing-here").kind());
    }

    @Test
    void leavesResourcesAndUnknownLanguagesToTheContainer() {
        assertEquals(NOT_OURS, ROUTES.parse("/jakarta.faces.resource/theme.css.xhtml").kind());
        assertEquals(NOT_OURS, ROUTES.parse("/health/ready").kind());
        assertEquals(NOT_OURS, ROUTES.parse("/de/r/demo/").kind());
        assertNull(ROUTES.parse("/health").view());
    }

    @Test
    void knowsAccountAndBackOfficePages() {
        assertEquals("/views/account/login.xhtml", ROUTES.parse("/fr/account/login").view());
        assertEquals(REPOSITORY_PAGE, ROUTES.parse("/fr/r/demo/admin/").kind());
        assertEquals("/views/admin/settings.xhtml", ROUTES.parse("/fr/r/demo/admin/").view());
        assertEquals("/views/admin/machine-translations.xhtml", ROUTES.parse("/es/r/demo/admin/machine-translations").view());
        assertEquals(UNKNOWN_PAGE, ROUTES.parse("/fr/account/nothing").kind());
    }
}
