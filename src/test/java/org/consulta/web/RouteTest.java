package org.consulta.web;

import org.consulta.web.frame.Route;
import org.junit.jupiter.api.Test;

import static org.consulta.web.frame.Route.Kind.ADD_SLASH;
import static org.consulta.web.frame.Route.Kind.NOT_OURS;
import static org.consulta.web.frame.Route.Kind.PLATFORM_PAGE;
import static org.consulta.web.frame.Route.Kind.REPOSITORY_PAGE;
import static org.consulta.web.frame.Route.Kind.REPOSITORY_WITHOUT_LANGUAGE;
import static org.consulta.web.frame.Route.Kind.ROOT;
import static org.consulta.web.frame.Route.Kind.UNKNOWN_PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RouteTest {

    @Test
    void readsLanguageAndRepository() {
        Route route = Route.parse("/es/r/demo/");
        assertEquals(REPOSITORY_PAGE, route.kind());
        assertEquals("es", route.language());
        assertEquals("demo", route.slug());
        assertEquals("/views/repository/home.xhtml", route.view());
    }

    @Test
    void findsTheModerationTransparencyAndForumPages() {
        assertEquals("/views/moderation/queue.xhtml", Route.parse("/fr/r/demo/moderation").view());
        assertEquals("/views/moderation/appeals.xhtml", Route.parse("/es/r/demo/moderation/appeals").view());
        assertEquals("/views/moderation/accounts.xhtml", Route.parse("/en/r/demo/moderation/accounts").view());
        assertEquals("/views/repository/transparency.xhtml", Route.parse("/fr/r/demo/transparency").view());
        assertEquals(UNKNOWN_PAGE, Route.parse("/fr/r/demo/moderation/other").kind());
        assertEquals("/views/forum/show.xhtml", Route.parse("/fr/r/demo/forum").view());
        assertEquals("/views/forum/ballot.xhtml", Route.parse("/es/r/demo/forum/ballots/42").view());
        assertEquals("42", Route.parse("/es/r/demo/forum/ballots/42").params().get("id"));
    }

    @Test
    void findsAProgressUpdatesPageWithItsCommitment() {
        Route route = Route.parse("/fr/r/demo/plans/plan-2023/C2/updates/17");
        assertEquals("/views/commitments/update.xhtml", route.view());
        assertEquals("plan-2023", route.params().get("plan"));
        assertEquals("C2", route.params().get("ref"));
        assertEquals("17", route.params().get("update"));
        assertEquals(UNKNOWN_PAGE, Route.parse("/fr/r/demo/plans/plan-2023/C2/updates/x").kind());
    }

    @Test
    void thePageInAnotherLanguageKeepsTheRestOfThePath() {
        assertEquals("/fr/r/demo/", Route.parse("/es/r/demo/").in("fr"));
        assertEquals("/en/", Route.parse("/fr/").in("en"));
    }

    @Test
    void classifiesEveryShape() {
        assertEquals(ROOT, Route.parse("/").kind());
        assertEquals(ROOT, Route.parse("").kind());
        assertEquals(PLATFORM_PAGE, Route.parse("/fr/").kind());
        assertEquals(ADD_SLASH, Route.parse("/fr").kind());
        assertEquals(ADD_SLASH, Route.parse("/fr/r/demo").kind());
        assertEquals("/r/demo/", Route.parse("/fr/r/demo").rest());
        assertEquals(REPOSITORY_WITHOUT_LANGUAGE, Route.parse("/r/demo/").kind());
        assertEquals(UNKNOWN_PAGE, Route.parse("/fr/nothing-here").kind());
        assertEquals(UNKNOWN_PAGE, Route.parse("/fr/r/demo/nothing-here").kind());
    }

    @Test
    void leavesResourcesAndUnknownLanguagesToTheContainer() {
        assertEquals(NOT_OURS, Route.parse("/jakarta.faces.resource/theme.css.xhtml").kind());
        assertEquals(NOT_OURS, Route.parse("/health/ready").kind());
        assertEquals(NOT_OURS, Route.parse("/de/r/demo/").kind());
        assertNull(Route.parse("/health").view());
    }

    @Test
    void knowsAccountAndBackOfficePages() {
        assertEquals("/views/account/login.xhtml", Route.parse("/fr/account/login").view());
        assertEquals(REPOSITORY_PAGE, Route.parse("/fr/r/demo/admin/").kind());
        assertEquals("/views/admin/settings.xhtml", Route.parse("/fr/r/demo/admin/").view());
        assertEquals(UNKNOWN_PAGE, Route.parse("/fr/account/nothing").kind());
    }
}
