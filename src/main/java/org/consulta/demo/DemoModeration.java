package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.account.OneTimePassword;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.ModerationReason;
import org.consulta.comment.NewComment;
import org.consulta.kernel.Tenant;
import org.consulta.moderation.AppealService;
import org.consulta.moderation.BlockService;
import org.consulta.moderation.Decision;
import org.consulta.moderation.FlagService;
import org.consulta.moderation.ModerationService;

import java.util.List;

/**
 * Moderation the demo shows, through the use cases, on C2 of the open consultation: spam hidden by
 * three flags and its sender blocked; a contribution naming a civil servant hidden by the moderator
 * and appealed by its author (the appeal waits for a moderator other than Martin); an off-topic
 * contribution flagged once, still public.
 */
@Stateless
public class DemoModeration {

    private static final String PLAN = "2025-2027";

    @Inject
    private CommentService comments;
    @Inject
    private FlagService flags;
    @Inject
    private ModerationService moderation;
    @Inject
    private AppealService appeals;
    @Inject
    private BlockService blocks;
    @Inject
    private AccountService accounts;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed(Tenant demo) {
        long paula = id("demo-participant@consulta.invalid");
        long sam = id("demo-forum-cso@consulta.invalid");
        long gabriela = id("demo-forum-gov@consulta.invalid");
        long martin = id("demo-moderator@consulta.invalid");
        // an account nobody signs in to: its password is random and never shown
        long bot = accounts.createPreconfirmedAccount("demo-promo@consulta.invalid", "Promo Ofertas",
                OneTimePassword.generate(24), "es").getId();

        Comment spam = comments.postComment(demo, bot, PLAN, "C2", new NewComment(null, null,
                "¡Gane dinero desde casa! Ofertas exclusivas en https://ofertas.example", Alignment.NEUTRAL, "es"));
        for (long flagger : new long[] {paula, sam, gabriela}) {
            flags.flagComment(demo, flagger, spam.getId(), ModerationReason.SPAM, null);
        }
        blocks.blockAccount(demo, martin, bot, "Publicidad repetida sin relación con el plan.", true, ModerationReason.SPAM);

        Comment named = comments.postComment(demo, sam, PLAN, "C2", new NewComment(null, null,
                "The registry clerk, Mr Jorge Ruiz (mobile 555-0142), refuses to give copies.", Alignment.AGAINST, "en"));
        moderation.moderate(demo, martin, new Decision(Decision.Step.HIDE, ModerationReason.PERSONAL_DATA,
                "Numéro de téléphone personnel", List.of(named.getId())));
        appeals.appeal(demo, sam, named.getId(), "He is a public official and this is his office number, published on the ministry's site.");

        Comment offTopic = comments.postComment(demo, paula, PLAN, "C2", new NewComment(null, null,
                "¿Cuándo abrirán la nueva biblioteca del barrio?", Alignment.NEUTRAL, "es"));
        flags.flagComment(demo, sam, offTopic.getId(), ModerationReason.OFF_TOPIC, "About a library, not the registry.");
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
