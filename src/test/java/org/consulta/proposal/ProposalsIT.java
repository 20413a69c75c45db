package org.consulta.proposal;

import jakarta.inject.Inject;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.Commitment;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.SqlStatementCounter;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanStage;
import org.consulta.plan.PolicyArea;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.consulta.testing.Race;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls for proposals in the real WAR: the co-creation stage, the window and the notice rule enforced on
 * the server; one support per person under parallel clicks; rewrites until the first support, then an
 * addendum; workshops' files all or nothing; merges that count a supporter of both once; a report whose
 * figures are its rows; every service closed to other repositories; a page's cost fixed.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(ProposalsIT.class, Content.class, Race.class);
    }

    @Inject
    Content content;
    @Inject
    CallService calls;
    @Inject
    ProposalService proposals;
    @Inject
    ProposalReader reader;
    @Inject
    WorkshopService workshops;
    @Inject
    ProposalTracing tracing;
    @Inject
    ProposalResponses responses;
    @Inject
    CallReport report;
    @Inject
    org.consulta.plan.PolicyAreaService areas;
    @Inject
    org.consulta.plan.PlanService plans;
    @Inject
    org.consulta.search.SearchService search;
    @Inject
    org.consulta.forum.BallotAdmin ballots;
    @Inject
    CallSchedule schedule;
    @Inject
    org.consulta.comment.CommentService comments;
    @Inject
    org.consulta.comment.ProposalContributions contributions;
    @Inject
    org.consulta.comment.CommentReader commentReader;
    @Inject
    org.consulta.moderation.FlagService flags;
    @Inject
    org.consulta.moderation.ModerationQueue moderationQueue;
    @Inject
    org.consulta.moderation.ModerationService moderation;
    @Inject
    org.consulta.moderation.AppealService appeals;
    @Inject
    ProposalFollows follows;
    @Inject
    org.consulta.consultation.FollowService commitmentFollows;

    Tenant tenant;
    Long admin;
    ActionPlan plan;
    ProposalCall call;
    long citizen;
    PolicyArea health;
    PolicyArea water;

    @BeforeEach
    void anOpenCall() {
        tenant = content.newRepository();
        admin = content.admin();
        plan = content.newPlan(tenant, "plan-2027");
        health = areas.addPolicyArea(tenant, admin, "fr", Map.of("fr", "Santé", "es", "Salud"));
        water = areas.addPolicyArea(tenant, admin, "fr", Map.of("fr", "Eau", "en", "Water"));
        call = openNow(tenant, plan);
        citizen = content.newAccount("citizen");
    }

    @Test
    void aCallIsForAPlanInCoCreationWithTheConsultationsNoticeRule() {
        LocalDateTime tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1);
        CallForm form = form(LocalDate.now(ZoneOffset.UTC), tomorrow, tomorrow.plusDays(30));
        form.setShortNoticeConfirmed(false);
        assertRefused("proposal_call.refused.short_notice", () -> calls.openCall(tenant, admin, plan.getId(), form));
        form.setCloses(tomorrow.minusDays(2));
        form.setShortNoticeConfirmed(true);
        assertRefused("consultation.refused.window_order", () -> calls.openCall(tenant, admin, plan.getId(), form));
        assertThrows(org.consulta.account.AccessDeniedException.class, () -> calls.openCall(tenant, citizen, plan.getId(),
                form(LocalDate.now(ZoneOffset.UTC).minusDays(30), tomorrow, tomorrow.plusDays(3))));
        ActionPlan adopted = content.newPlan(tenant, "plan-2023");
        plans.moveStage(tenant, admin, adopted.getId(), PlanStage.PUBLIC_CONSULTATION, null);
        assertRefused("proposal_call.refused.stage", () -> openNow(tenant, adopted));
        assertEquals(List.of(call.getId()), calls.planCalls(tenant, plan.getId()).stream().map(ProposalCall::getId).toList(),
                "only the open call exists on the plan");
    }

    @Test
    void proposalsAreTakenWhileTheCallIsOpenFromConfirmedParticipantsOnce() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        CallForm past = form(now.toLocalDate().minusDays(80), now.minusDays(60), now.minusDays(10));
        ProposalCall closed = calls.openCall(tenant, admin, plan.getId(), past);
        assertRefused("proposal.refused.closed", () -> proposals.propose(tenant, citizen, closed.getId(), draft("Trop tard pour proposer")));
        assertRefused("comment.refused.unconfirmed", () -> proposals.propose(tenant, content.newUnconfirmedAccount(), call.getId(),
                draft("Sans compte confirmé")));
        assertRefused("proposal.refused.title", () -> proposals.propose(tenant, citizen, call.getId(), draft("Non")));
        ProposalDraft unknownArea = draft("Un domaine inconnu");
        unknownArea.setAreas(List.of("999999999"));
        assertRefused("proposal.refused.area", () -> proposals.propose(tenant, citizen, call.getId(), unknownArea));

        ProposalDraft twice = draft("Publier les contrats de santé");
        twice.setAreas(List.of(health.getId().toString()));
        twice.setSubmission("form-token-1");
        Proposal first = proposals.propose(tenant, citizen, call.getId(), twice);
        Proposal again = proposals.propose(tenant, citizen, call.getId(), twice);
        assertEquals(first.getId(), again.getId(), "a resent form makes one proposal");
        assertEquals(List.of(health.getId()), reader.proposal(tenant, first.getId()).getAreas().stream().map(PolicyArea::getId).toList());
    }

    @Test
    void supportsAreUniqueUnderFiftyParallelClicksAndTheCounterIsTheRows() throws Exception {
        Proposal proposal = proposals.propose(tenant, admin, call.getId(), draft("Un registre ouvert des contrats"));
        AtomicInteger refused = new AtomicInteger();
        Race.run(50, i -> {
            try {
                proposals.supportProposal(tenant, citizen, proposal.getId());
            } catch (RefusedException already) {
                assertEquals("proposal.refused.already_supported", already.messageKey());
                refused.incrementAndGet();
            }
        });
        assertEquals(1, content.proposalSupports(proposal.getId()));
        assertEquals(49, refused.get());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(content.newAccount("supporter" + i));
        }
        Race.run(12, i -> proposals.supportProposal(tenant, people.get(i), proposal.getId()));
        assertEquals(13, content.proposalSupports(proposal.getId()));
        assertEquals(13, reader.proposal(tenant, proposal.getId()).getSupports(), "the counter equals the rows");
        proposals.withdrawSupport(tenant, citizen, proposal.getId());
        assertRefused("proposal.refused.not_supported", () -> proposals.withdrawSupport(tenant, citizen, proposal.getId()));
        assertEquals(12, reader.proposal(tenant, proposal.getId()).getSupports());
        proposals.supportProposal(tenant, citizen, proposal.getId());
        assertEquals(13, reader.proposal(tenant, proposal.getId()).getSupports(), "supported again after withdrawing");
        assertRefused("proposal.refused.own", () -> proposals.supportProposal(tenant, admin, proposal.getId()));
    }

    @Test
    void theAuthorRewritesUntilTheFirstSupportThenOnlyAddsAnAddendum() {
        Proposal proposal = proposals.propose(tenant, citizen, call.getId(), draft("Des données sur l’eau potable"));
        assertRefused("proposal.refused.rewrite_instead", () -> proposals.addAddendum(tenant, citizen, proposal.getId(), "Précision"));
        ProposalDraft rewritten = draft("Des données ouvertes sur l’eau potable");
        rewritten.setAreas(List.of(water.getId().toString()));
        proposals.reviseProposal(tenant, citizen, proposal.getId(), rewritten);
        assertRefused("proposal.refused.not_yours", () -> proposals.reviseProposal(tenant, admin, proposal.getId(), rewritten));
        proposals.supportProposal(tenant, admin, proposal.getId());
        assertRefused("proposal.refused.acted_on", () -> proposals.reviseProposal(tenant, citizen, proposal.getId(), draft("Autre chose encore")));
        proposals.addAddendum(tenant, citizen, proposal.getId(), "Y compris la qualité mesurée chaque mois.");
        Proposal read = reader.proposal(tenant, proposal.getId());
        assertEquals("Des données ouvertes sur l’eau potable", read.getTitle());
        assertEquals("Y compris la qualité mesurée chaque mois.", read.getAddendum());
    }

    @Test
    void theAuthorIsShownSimilarProposalsInTheirLanguage() {
        proposals.propose(tenant, citizen, call.getId(), draft("Publier les contrats des hôpitaux"));
        proposals.propose(tenant, citizen, call.getId(), draft("Budget participatif des quartiers"));
        ProposalDraft spanish = new ProposalDraft("Contratos de hospitales abiertos", "Problema", "Solución", "es");
        proposals.propose(tenant, citizen, call.getId(), spanish);
        var similar = search.similar(tenant, "fr", ProposalIndexing.KIND, "contrats hôpitaux", 5);
        assertEquals(List.of("Publier les contrats des hôpitaux"), similar.stream().map(h -> h.title()).toList());
        assertEquals(List.of("Contratos de hospitales abiertos"),
                search.similar(tenant, "es", ProposalIndexing.KIND, "hospitales", 5).stream().map(h -> h.title()).toList());
    }

    @Test
    void aFileWithOneBadLineImportsNothingAndNamesTheLine() {
        Workshop workshop = workshops.recordWorkshop(tenant, admin, call.getId(), workshopForm("Puerto Sur"));
        String bad = "title,problem,solution,language,policy_areas\n"
                + "Agua potable para todos,Falta agua,Medir la calidad,es,Salud|Eau\n"
                + "\"Transport, la nuit\",\"Pas de bus\nle soir\",Des bus de nuit,fr,\n"
                + "No,Problème,Solution,fr,\n"
                + "Une école ouverte le soir,Problème,Solution,de,Inconnu\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> workshops.importWorkshopProposals(tenant, admin, workshop.getId(), bad, "fr"));
        assertEquals(List.of(new LineProblem(5, "title", "proposal.refused.title"), new LineProblem(6, "language", "proposal_csv.language"),
                new LineProblem(6, "policy_areas", "proposal_csv.area")), refused.problems(), "lines counted as in the file (a quoted line break included)");
        assertEquals(0, report.figures(tenant, call.getId()).fromWorkshops(), "nothing of the file was kept");
        String good = bad.replace("No,Problème", "Nommer un référent,Problème").replace(",de,Inconnu", ",en,Water");
        assertEquals(4, workshops.importWorkshopProposals(tenant, admin, workshop.getId(), good, "fr"));
        CallFigures figures = report.figures(tenant, call.getId());
        assertEquals(4, figures.fromWorkshops());
        assertEquals(25, figures.workshopParticipants());
        assertEquals(Map.of(health.getId(), 1L, water.getId(), 2L), figures.byArea());
        long facilitator = content.newAccount("facilitator");
        assertThrows(org.consulta.account.AccessDeniedException.class,
                () -> workshops.recordWorkshop(tenant, facilitator, call.getId(), workshopForm("Norte")));
        content.appoint(tenant, facilitator, org.consulta.account.RepositoryRole.FACILITATOR);
        Workshop north = workshops.recordWorkshop(tenant, facilitator, call.getId(), workshopForm("Norte"));
        Proposal typed = workshops.recordWorkshopProposal(tenant, facilitator, north.getId(), draft("Une permanence à la mairie"));
        assertTrue(reader.proposal(tenant, typed.getId()).isFromWorkshop());
        WorkshopForm future = workshopForm("Demain");
        future.setHeldOn(LocalDate.now(ZoneOffset.UTC).plusDays(2));
        assertRefused("workshop.refused.date", () -> workshops.recordWorkshop(tenant, admin, call.getId(), future));
    }

    @Test
    void aMergeKeepsSupportsAndCountsASupporterOfBothOnce() {
        long a = content.newAccount("a");
        long b = content.newAccount("b");
        long c = content.newAccount("c");
        Proposal kept = proposals.propose(tenant, citizen, call.getId(), draft("Ouvrir les données des marchés"));
        Proposal middle = proposals.propose(tenant, citizen, call.getId(), draft("Un tableau des marchés publics"));
        Proposal duplicate = proposals.propose(tenant, a, call.getId(), draft("Données ouvertes des marchés publics"));
        proposals.supportProposal(tenant, a, kept.getId());
        proposals.supportProposal(tenant, b, kept.getId());
        proposals.supportProposal(tenant, b, duplicate.getId());
        proposals.supportProposal(tenant, c, duplicate.getId());
        proposals.supportProposal(tenant, citizen, duplicate.getId()); // the kept one's author: not their own support
        proposals.supportProposal(tenant, a, middle.getId());
        assertEquals(6, report.figures(tenant, call.getId()).supports());
        tracing.mergeProposals(tenant, admin, duplicate.getId(), kept.getId());
        assertEquals(3, reader.proposal(tenant, kept.getId()).getSupports(), "a, b and c: b counted once, the author not at all");
        assertEquals(3, content.proposalSupports(duplicate.getId()), "the duplicate's own supports stay");
        CallFigures figures = report.figures(tenant, call.getId());
        assertEquals(4, figures.supports());
        assertEquals(2, figures.online());
        assertEquals(kept.getId(), reader.proposal(tenant, duplicate.getId()).getMergedInto());
        assertRefused("proposal.refused.merged", () -> proposals.supportProposal(tenant, b, duplicate.getId()));
        assertRefused("proposal.refused.merged", () -> tracing.mergeProposals(tenant, admin, middle.getId(), duplicate.getId()));
        assertEquals(List.of(kept.getId(), middle.getId()), reader.page(tenant, null, call.getId(), ProposalFilter.all(), 0)
                .proposals().stream().map(Proposal::getId).toList(), "merged ones leave the list; most supported first");
    }

    @Test
    void theReportFiguresAreItsRows() {
        Commitment c1 = content.newCommitment(tenant, plan, "Contrats ouverts", 0);
        Commitment c2 = content.newCommitment(tenant, plan, "Eau potable", 0);
        long other = content.newAccount("other");
        List<Proposal> online = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ProposalDraft d = draft("Proposition en ligne " + i);
            d.setOrganisation(i % 2 == 0 ? "Transparencia" : null);
            d.setAreas(i % 2 == 0 ? List.of(health.getId().toString()) : List.of(health.getId().toString(), water.getId().toString()));
            online.add(proposals.propose(tenant, i < 3 ? citizen : other, call.getId(), d));
        }
        Workshop workshop = workshops.recordWorkshop(tenant, admin, call.getId(), workshopForm("Puerto Sur"));
        workshops.importWorkshopProposals(tenant, admin, workshop.getId(),
                "title,problem,solution,organisation\nAtelier un,P,S,Vecinos\nAtelier deux,P,S,\nAtelier trois,P,S,Vecinos\n", "es");
        proposals.supportProposal(tenant, other, online.get(0).getId());
        proposals.supportProposal(tenant, citizen, online.get(4).getId());
        tracing.linkToCommitment(tenant, admin, online.get(0).getId(), c1.getId(), "Repris dans l’étape 2");
        tracing.linkToCommitment(tenant, admin, online.get(1).getId(), c1.getId(), null);
        tracing.linkToCommitment(tenant, admin, online.get(1).getId(), c2.getId(), null);
        assertRefused("proposal.refused.already_linked", () -> tracing.linkToCommitment(tenant, admin, online.get(1).getId(), c2.getId(), null));
        responses.answerProposal(tenant, admin, online.get(0).getId(), ResponseStatus.ACCEPTED, "fr", new HashMap<>(Map.of("fr", "Retenue.")));
        responses.answerProposal(tenant, admin, online.get(2).getId(), ResponseStatus.NOT_ACCEPTED, "fr", new HashMap<>(Map.of("fr", "Hors sujet.")));
        assertRefused("proposal_response.refused.reasoning", () -> responses.answerProposal(tenant, admin, online.get(3).getId(),
                ResponseStatus.ACCEPTED, "fr", new HashMap<>(Map.of("fr", " "))));

        List<Proposal> rows = report.rows(tenant, call.getId());
        Map<Long, List<ProposalLink>> links = report.links(tenant, call.getId());
        CallFigures figures = report.figures(tenant, call.getId());
        assertEquals(8, rows.size());
        assertEquals(rows.stream().filter(p -> p.getAuthorId() != null).count(), figures.online());
        assertEquals(rows.stream().filter(Proposal::isFromWorkshop).count(), figures.fromWorkshops());
        assertEquals(rows.stream().map(Proposal::getAuthorId).filter(java.util.Objects::nonNull).distinct().count(), figures.authors());
        assertEquals(rows.stream().map(Proposal::getOrganisation).filter(java.util.Objects::nonNull).distinct().count(), figures.organisations());
        assertEquals(rows.stream().mapToLong(Proposal::getSupports).sum(), figures.supports());
        assertEquals(rows.stream().filter(p -> p.getResponse().isAnswered()).count(), figures.answered());
        assertEquals(rows.stream().filter(p -> links.containsKey(p.getId())).count(), figures.linked());
        Map<Long, Long> byArea = new HashMap<>();
        rows.forEach(p -> p.getAreas().forEach(area -> byArea.merge(area.getId(), 1L, Long::sum)));
        assertEquals(byArea, figures.byArea());
        assertEquals(List.of(5L, 3L, 2L, 2L, 2L, 2L, 2L), List.of(figures.online(), figures.fromWorkshops(), figures.authors(),
                figures.organisations(), figures.supports(), figures.answered(), figures.linked()));
        assertEquals(List.of(online.get(0).getId(), online.get(1).getId()), reader.linkedTo(tenant, c1.getId()).stream().map(Proposal::getId).toList());
        List<Long> waiting = responses.unanswered(tenant, admin, 0).stream().map(Proposal::getId).toList();
        assertEquals(6, waiting.size());
        assertEquals(online.get(1).getId(), waiting.get(0), "oldest first");
        assertFalse(waiting.contains(online.get(0).getId()));
        assertEquals(List.of(online.get(0).getId()), reader.page(tenant, null, call.getId(),
                new ProposalFilter(null, ResponseStatus.ACCEPTED, false, ProposalFilter.Order.NEWEST), 0).proposals().stream().map(Proposal::getId).toList());
        assertEquals(byArea.get(water.getId()), reader.page(tenant, null, call.getId(),
                new ProposalFilter(water.getId(), null, false, ProposalFilter.Order.NEWEST), 0).total(), "the water area's proposals");
    }

    @Test
    void aCallsOpeningIsMailedOnceToThePlansFollowersAndTheMembers() throws Exception {
        Commitment followed = content.newCommitment(tenant, plan, "Suivi des contrats", 0);
        long follower = content.newAccount("follower", "es");
        commitmentFollows.followCommitment(tenant, follower, "plan-2027", followed.getReference());
        long member = content.newAccount("member", "en");
        content.appoint(tenant, member, org.consulta.account.RepositoryRole.FACILITATOR);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        calls.openCall(tenant, admin, plan.getId(), form(now.toLocalDate().minusDays(20), now.plusHours(2), now.plusDays(10)));
        Race.run(4, i -> schedule.announceDue(java.time.Instant.now()));
        assertEquals(List.of("es:mail_call_opened"), content.queuedMails(follower), "the open call, once, in the follower's language");
        assertEquals(List.of("en:mail_call_opened_member"), content.queuedMails(member));
        assertTrue(content.queuedMailArgs(follower).get(0).contains("/r/" + tenant.slug() + "/calls/" + call.getId()));
        schedule.announceDue(java.time.Instant.now().plus(java.time.Duration.ofHours(3)));
        assertEquals(List.of("es:mail_call_opened", "es:mail_call_opened"), content.queuedMails(follower), "the later call when it opens");
    }

    @Test
    void aResponseIsMailedToTheProposalsFollowersEachInTheirLanguage() {
        long supporter = content.newAccount("supporter", "es");
        long reader = content.newAccount("reader", "en");
        long quitter = content.newAccount("quitter", "en");
        Proposal proposal = proposals.propose(tenant, citizen, call.getId(), draft("Un registre des lobbies"));
        proposals.supportProposal(tenant, supporter, proposal.getId());
        follows.followProposal(tenant, reader, proposal.getId());
        follows.followProposal(tenant, quitter, proposal.getId());
        follows.unfollowProposal(tenant, quitter, proposal.getId());
        proposals.supportProposal(tenant, quitter, proposal.getId()); // acting again does not follow again
        assertTrue(follows.isFollowing(tenant, citizen, proposal.getId()), "the author follows what they proposed");
        assertFalse(follows.isFollowing(tenant, quitter, proposal.getId()));
        responses.answerProposal(tenant, admin, proposal.getId(), ResponseStatus.PARTLY_ACCEPTED, "fr",
                new HashMap<>(Map.of("fr", "En partie.", "es", "En parte.")));
        assertEquals(List.of("fr:mail_proposal_response"), content.queuedMails(citizen));
        assertEquals(List.of("es:mail_followed_proposal_response"), content.queuedMails(supporter));
        assertEquals(List.of("en:mail_followed_proposal_response"), content.queuedMails(reader));
        assertEquals(List.of(), content.queuedMails(quitter));
        assertTrue(content.queuedMailArgs(supporter).get(0).contains("PARTLY_ACCEPTED"), content.queuedMailArgs(supporter).toString());
    }

    @Test
    void aProposalIsDiscussedAndModeratedWithThePlatformsCommentsThenNoLongerRewritten() {
        long other = content.newAccount("other");
        Proposal proposal = proposals.propose(tenant, citizen, call.getId(), draft("Des budgets de quartier"));
        Proposal elsewhereInCall = proposals.propose(tenant, other, call.getId(), draft("Des bancs publics"));
        var first = contributions.commentOnProposal(tenant, other, proposal.getId(), "Bonne idée, et les écoles ?", "fr", null);
        var middle = contributions.commentOnProposal(tenant, admin, proposal.getId(), "Précisez le montant.", "fr", null);
        var last = contributions.commentOnProposal(tenant, other, proposal.getId(), "¿Y en los barrios rurales?", "es", null);
        comments.reply(tenant, citizen, middle.getId(), "Un pour cent du budget.", "fr", null);
        assertEquals(4, reader.proposal(tenant, proposal.getId()).getComments(), "replies count too");
        assertRefused("proposal.refused.acted_on", () -> proposals.reviseProposal(tenant, citizen, proposal.getId(), draft("Autrement dit")));
        var page = commentReader.proposalThreads(tenant, null, proposal.getId(), org.consulta.comment.CommentReader.Order.OLDEST, 0);
        assertEquals(List.of(first.getId(), middle.getId(), last.getId()), page.threads().stream().map(t -> t.comment().getId()).toList());
        assertEquals(1, page.threads().get(1).replies().size(), "the reply under the middle comment");
        assertEquals(0, commentReader.proposalThreads(tenant, null, elsewhereInCall.getId(), org.consulta.comment.CommentReader.Order.OLDEST, 0).total());
        assertRefused("comment.refused.not_here", () -> commentReader.requireInProposal(tenant, first.getId(), elsewhereInCall.getId(), false));

        flags.flagComment(tenant, citizen, last.getId(), org.consulta.comment.ModerationReason.OFF_TOPIC, null);
        var queue = moderationQueue.contributions(tenant, admin, new org.consulta.moderation.QueueFilter(
                org.consulta.moderation.QueueFilter.Tab.FLAGGED, null, null, org.consulta.moderation.QueueFilter.Sort.FLAGS, 0));
        var item = queue.items().stream().filter(i -> i.comment().getId().equals(last.getId())).findFirst().orElseThrow();
        assertEquals("proposals/" + proposal.getId(), item.place().getPath());
        assertEquals("Des budgets de quartier", item.place().getReference(), "the moderators read which proposal");
        moderation.moderate(tenant, admin, new org.consulta.moderation.Decision(org.consulta.moderation.Decision.Step.HIDE,
                org.consulta.comment.ModerationReason.OFF_TOPIC, null, List.of(last.getId())));
        assertEquals(3, reader.proposal(tenant, proposal.getId()).getComments(), "hidden, not deleted, and no longer counted");
        assertTrue(content.queuedMails(other).contains("fr:mail_hidden_on_proposal"), content.queuedMails(other).toString());
        appeals.appeal(tenant, other, last.getId(), "C’est une vraie question.");
        assertEquals(List.of(last.getId()), List.copyOf(appeals.ownAppealsOnProposal(tenant, other, proposal.getId()).keySet()));
        comments.withdrawComment(tenant, other, first.getId());
        assertEquals(2, reader.proposal(tenant, proposal.getId()).getComments());

        Tenant elsewhere = content.newRepository();
        assertRefused("proposal.refused.not_found", () -> contributions.commentOnProposal(elsewhere, other, proposal.getId(), "Ailleurs", "fr", null));
        tracing.mergeProposals(tenant, admin, elsewhereInCall.getId(), proposal.getId());
        assertRefused("proposal.refused.merged", () -> contributions.commentOnProposal(tenant, other, elsewhereInCall.getId(), "Trop tard", "fr", null));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ProposalCall closed = calls.openCall(tenant, admin, plan.getId(), form(now.toLocalDate().minusDays(3), now.minusDays(2), now.plusDays(2)));
        Proposal late = proposals.propose(tenant, other, closed.getId(), draft("Une proposition tardive"));
        calls.endCallEarly(tenant, admin, closed.getId(), "Fin anticipée.");
        assertRefused("proposal.refused.closed", () -> contributions.commentOnProposal(tenant, citizen, late.getId(), "Après la fin", "fr", null));

        content.preModeration(tenant, 0);
        var held = contributions.commentOnProposal(tenant, other, proposal.getId(), "Encore une remarque.", "fr", null);
        assertTrue(held.isHeld());
        assertEquals(2, reader.proposal(tenant, proposal.getId()).getComments(), "a held comment is not counted until approved");
        assertTrue(content.queuedMails(other).contains("fr:mail_held_on_proposal"));
        moderation.moderate(tenant, admin, new org.consulta.moderation.Decision(org.consulta.moderation.Decision.Step.APPROVE, null, null,
                List.of(held.getId())));
        assertEquals(3, reader.proposal(tenant, proposal.getId()).getComments());
    }

    @Test
    void aProposalIsHeldFlaggedHiddenAndAppealedLikeAComment() {
        content.preModeration(tenant, 1); // an account's first contribution waits for a moderator
        long newcomer = content.newAccount("newcomer");
        Proposal held = proposals.propose(tenant, newcomer, call.getId(), draft("Une première proposition sur les marchés"));
        assertEquals(org.consulta.comment.Visibility.HELD, reader.proposalFor(tenant, newcomer, held.getId()).getVisibility());
        assertThrows(NotFoundException.class, () -> reader.proposalFor(tenant, citizen, held.getId()), "others do not read it yet");
        assertEquals(0, reader.page(tenant, null, call.getId(), ProposalFilter.all(), 0).total());
        assertTrue(search.similar(tenant, "fr", ProposalIndexing.KIND, "marchés", 5).isEmpty());
        assertTrue(content.queuedMails(newcomer).contains("fr:mail_proposal_held"), content.queuedMails(newcomer).toString());
        var statement = commentReader.statementOf(tenant, held.getId()).orElseThrow();
        assertTrue(statement.getWrittenBody().startsWith("Une première proposition sur les marchés\n\nLe problème public"));
        assertRefused("proposal.refused.not_found", () -> proposals.supportProposal(tenant, citizen, held.getId()));
        moderation.moderate(tenant, admin, new org.consulta.moderation.Decision(org.consulta.moderation.Decision.Step.APPROVE, null, null,
                List.of(statement.getId())));
        assertTrue(reader.proposal(tenant, held.getId()).isPublic(), "approved: public");
        assertEquals(1, search.similar(tenant, "fr", ProposalIndexing.KIND, "marchés", 5).size());
        assertEquals(0, commentReader.proposalThreads(tenant, null, held.getId(), org.consulta.comment.CommentReader.Order.OLDEST, 0).total(),
                "its own text is not a comment of its discussion");
        assertRefused("comment.refused.not_found", () -> comments.withdrawComment(tenant, newcomer, statement.getId()));

        flags.flagComment(tenant, citizen, statement.getId(), org.consulta.comment.ModerationReason.SPAM, null);
        moderation.moderate(tenant, admin, new org.consulta.moderation.Decision(org.consulta.moderation.Decision.Step.HIDE,
                org.consulta.comment.ModerationReason.OFFENSIVE, "Insultant.", List.of(statement.getId())));
        assertThrows(NotFoundException.class, () -> reader.proposal(tenant, held.getId()));
        assertEquals(org.consulta.comment.Visibility.HIDDEN, reader.proposalFor(tenant, newcomer, held.getId()).getVisibility(),
                "hidden, never deleted: its author still reads it");
        assertTrue(content.queuedMails(newcomer).contains("fr:mail_proposal_hidden"));
        assertTrue(search.similar(tenant, "fr", ProposalIndexing.KIND, "marchés", 5).isEmpty());
        var appeal = appeals.appeal(tenant, newcomer, statement.getId(), "Ce n’est pas insultant.");
        long otherModerator = content.newAccount("moderator");
        content.appoint(tenant, otherModerator, org.consulta.account.RepositoryRole.MODERATOR);
        appeals.decideAppeal(tenant, otherModerator, appeal.getId(), true, "Le texte est acceptable.");
        assertTrue(reader.proposal(tenant, held.getId()).isPublic(), "the appeal reversed the hiding");
        assertTrue(content.queuedMails(newcomer).contains("fr:mail_proposal_appeal_decided"));

        Workshop workshop = workshops.recordWorkshop(tenant, admin, call.getId(), workshopForm("Puerto Sur"));
        long facilitator = content.newAccount("facilitator");
        content.appoint(tenant, facilitator, org.consulta.account.RepositoryRole.FACILITATOR);
        Proposal recorded = workshops.recordWorkshopProposal(tenant, facilitator, workshop.getId(), draft("Une proposition d’atelier"));
        assertTrue(reader.proposal(tenant, recorded.getId()).isPublic(), "what an appointed facilitator records is not held");
    }

    @Test
    void theForumRanksProposalsAsBallotOptions() {
        Proposal first = proposals.propose(tenant, citizen, call.getId(), draft("Ouvrir les marchés publics"));
        Proposal middle = proposals.propose(tenant, citizen, call.getId(), new ProposalDraft("Registro de lobbies", "P", "S", "es"));
        Proposal last = proposals.propose(tenant, citizen, call.getId(), new ProposalDraft("Participatory budgets", "P", "S", "en"));
        Proposal merged = proposals.propose(tenant, citizen, call.getId(), draft("Ouvrir les marchés, encore"));
        tracing.mergeProposals(tenant, admin, merged.getId(), first.getId());
        proposals.supportProposal(tenant, admin, middle.getId());
        assertEquals(middle.getId().toString(), ballots.proposalChoices(tenant, admin).get(0)[0], "most supported first");
        assertFalse(ballots.proposalChoices(tenant, admin).stream().anyMatch(c -> c[0].equals(merged.getId().toString())));
        org.consulta.forum.BallotForm form = ballot();
        form.setProposals(List.of(last.getId().toString(), first.getId().toString(), middle.getId().toString()));
        var ballot = ballots.createBallot(tenant, admin, form);
        assertEquals(List.of(last.getId(), first.getId(), middle.getId()),
                ballot.getOptions().stream().map(org.consulta.forum.BallotOption::getProposalId).toList());
        assertEquals(List.of("Participatory budgets", "Ouvrir les marchés publics", "Registro de lobbies"), ballot.getOptions().stream()
                .map(o -> o.getLabel().originalLanguage().flatMap(o.getLabel()::in).orElseThrow().text()).toList(),
                "each proposal's title in the language it was written in");
        org.consulta.forum.BallotForm withMerged = ballot();
        withMerged.setProposals(List.of(first.getId().toString(), merged.getId().toString()));
        assertRefused("ballot.refused.options", () -> ballots.createBallot(tenant, admin, withMerged));
        Tenant elsewhere = content.newRepository();
        org.consulta.forum.BallotForm theirs = ballot();
        theirs.setProposals(List.of(first.getId().toString(), middle.getId().toString()));
        assertRefused("ballot.refused.options", () -> ballots.createBallot(elsewhere, admin, theirs));
    }

    private static org.consulta.forum.BallotForm ballot() {
        org.consulta.forum.BallotForm form = new org.consulta.forum.BallotForm();
        form.setOriginalLanguage("fr");
        form.getQuestions().put("fr", "Quelles propositions retenir ?");
        form.setMethod(org.consulta.forum.BallotMethod.RANKED);
        form.setElectorate(org.consulta.forum.Electorate.FORUM);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        form.setOpens(now.minusHours(1));
        form.setCloses(now.plusDays(7));
        return form;
    }

    @Test
    void noServiceReachesAnotherRepositorysCallsOrProposals() {
        Proposal proposal = proposals.propose(tenant, citizen, call.getId(), draft("Une proposition d’ici"));
        Workshop workshop = workshops.recordWorkshop(tenant, admin, call.getId(), workshopForm("Puerto Sur"));
        Tenant elsewhere = content.newRepository();
        ActionPlan theirs = content.newPlan(elsewhere, "plan-2027");
        Commitment theirCommitment = content.newCommitment(elsewhere, theirs, "Ailleurs", 0);
        long id = proposal.getId();
        assertThrows(NotFoundException.class, () -> calls.findCall(elsewhere, call.getId()));
        assertThrows(NotFoundException.class, () -> reader.proposal(elsewhere, id));
        assertRefused("proposal.refused.not_found", () -> proposals.supportProposal(elsewhere, content.newAccount("x"), id));
        assertRefused("proposal.refused.not_found", () -> proposals.addAddendum(elsewhere, citizen, id, "Ailleurs"));
        assertThrows(NotFoundException.class, () -> proposals.propose(elsewhere, citizen, call.getId(), draft("Dans un autre espace")));
        assertThrows(NotFoundException.class, () -> workshops.recordWorkshop(elsewhere, admin, call.getId(), workshopForm("Ailleurs")));
        assertRefused("workshop.refused.not_found", () -> workshops.importWorkshopProposals(elsewhere, admin, workshop.getId(),
                "title,problem,solution\nUne ligne d’ailleurs,P,S\n", "fr"));
        assertRefused("proposal.refused.not_found", () -> tracing.mergeProposals(elsewhere, admin, id, id + 1));
        assertRefused("proposal.refused.unknown_commitment", () -> tracing.linkToCommitment(tenant, admin, id, theirCommitment.getId(), null));
        assertRefused("proposal.refused.not_found", () -> responses.answerProposal(elsewhere, admin, id, ResponseStatus.ACCEPTED, "fr",
                new HashMap<>(Map.of("fr", "Non"))));
        assertEquals(0, report.figures(elsewhere, call.getId()).online());
        assertTrue(report.rows(elsewhere, call.getId()).isEmpty());
        assertTrue(responses.unanswered(elsewhere, admin, 0).isEmpty());
        assertEquals(0, reader.page(elsewhere, null, call.getId(), ProposalFilter.all(), 0).total());
        assertTrue(search.similar(elsewhere, "fr", ProposalIndexing.KIND, "proposition", 5).isEmpty());
        assertTrue(workshops.callWorkshops(elsewhere, call.getId()).isEmpty());
        assertEquals(1, report.figures(tenant, call.getId()).online(), "and nothing changed here");
    }

    @Test
    void aPageOfTheCallCostsTheSameStatementsForTenOrAThousandProposals() {
        ProposalCall big = openNow(tenant, plan);
        fill(call, 10);
        fill(big, 1000);
        long viewer = content.newAccount("viewer");
        proposals.supportProposal(tenant, viewer, reader.page(tenant, null, big.getId(), ProposalFilter.all(), 0).proposals().get(0).getId());
        ProposalFilter newest = new ProposalFilter(null, null, false, ProposalFilter.Order.NEWEST);
        ProposalFilter inArea = new ProposalFilter(health.getId(), null, true, ProposalFilter.Order.SUPPORTS);
        int ten = statements(() -> reader.page(tenant, viewer, call.getId(), newest, 0));
        int thousand = statements(() -> reader.page(tenant, viewer, big.getId(), newest, 30));
        // page 21 of the area's 500 (most supported, then newest) holds online proposals, as the small call's page does;
        // a page of workshop proposals only has no authors to name and costs one statement less
        int filtered = statements(() -> reader.page(tenant, viewer, big.getId(), inArea, 20));
        int workshopsOnly = statements(() -> reader.page(tenant, viewer, big.getId(), inArea, 7));
        System.out.println("SQL statements for a page of a call's proposals: " + ten + " (10 proposals), " + thousand
                + " (1,000, page 31) and " + filtered + " (1,000, policy area and unanswered, page 21; " + workshopsOnly
                + " for a page of workshop proposals only)");
        assertEquals(ten, thousand, "10 proposals vs 1,000");
        assertEquals(ten, filtered, "10 proposals vs 1,000 filtered");
        assertEquals(ten - 1, workshopsOnly, "no authors to name");
        ProposalPage page = reader.page(tenant, viewer, big.getId(), newest, 30);
        assertEquals(1000, page.total());
        assertEquals(ProposalReader.PAGE_SIZE, page.proposals().size());
        assertEquals(500, reader.page(tenant, viewer, big.getId(), inArea, 0).total());
    }

    /** {@code count} proposals, half online and half from a workshop's file, half of them in the health area. */
    private void fill(ProposalCall target, int count) {
        for (int i = 0; i < count / 2; i++) {
            ProposalDraft d = draft("Proposition numéro " + i);
            d.setAreas(i % 2 == 0 ? List.of(health.getId().toString()) : List.of(water.getId().toString()));
            proposals.propose(tenant, citizen, target.getId(), d);
        }
        Workshop workshop = workshops.recordWorkshop(tenant, admin, target.getId(), workshopForm("Atelier"));
        StringBuilder csv = new StringBuilder("title,problem,solution,policy_areas\n");
        for (int i = 0; i < count / 2; i++) {
            csv.append("Proposition d’atelier ").append(i).append(",P,S,").append(i % 2 == 0 ? "Santé" : "Eau").append('\n');
        }
        workshops.importWorkshopProposals(tenant, admin, workshop.getId(), csv.toString(), "fr");
    }

    private ProposalCall openNow(Tenant in, ActionPlan on) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return calls.openCall(in, admin, on.getId(), form(now.toLocalDate().minusDays(20), now.minusHours(1), now.plusDays(30)));
    }

    private static CallForm form(LocalDate announced, LocalDateTime opens, LocalDateTime closes) {
        CallForm form = new CallForm();
        form.setOriginalLanguage("fr");
        form.getTitles().put("fr", "Appel à propositions");
        form.getDescriptions().put("fr", "Proposez des problèmes et des idées.");
        form.setAnnouncedOn(announced);
        form.setOpens(opens);
        form.setCloses(closes);
        form.setShortNoticeConfirmed(true);
        return form;
    }

    private static WorkshopForm workshopForm(String place) {
        WorkshopForm form = new WorkshopForm();
        form.setPlace(place);
        form.setHeldOn(LocalDate.now(ZoneOffset.UTC));
        form.setParticipants(25);
        form.setOrganisation("Mairie");
        return form;
    }

    private static ProposalDraft draft(String title) {
        return new ProposalDraft(title, "Le problème public, décrit.", "La solution proposée.", "fr");
    }

    private static int statements(Runnable call) {
        SqlStatementCounter.reset();
        call.run();
        return SqlStatementCounter.count();
    }

    private static void assertRefused(String key, Executable call) {
        assertEquals(key, assertThrows(RefusedException.class, call).messageKey());
    }
}
