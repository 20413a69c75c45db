package org.consulta.moderation;

import org.consulta.comment.ModerationReason;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a month's logged steps become the public figures. */
class MonthFiguresTest {

    @Test
    void hidingByHandAndByFlagsCountsByReasonAndAReversedAppealCountsAsRestored() {
        MonthFigures month = new MonthFigures(YearMonth.of(2026, 11));
        month.add(ModerationAction.Kind.HIDE, ModerationReason.SPAM, 4);
        month.add(ModerationAction.Kind.AUTO_HIDE, ModerationReason.SPAM, 2);
        month.add(ModerationAction.Kind.HIDE, ModerationReason.PERSONAL_DATA, 1);
        month.add(ModerationAction.Kind.RESTORE, null, 1);
        month.add(ModerationAction.Kind.APPEAL_REVERSED, null, 2);
        month.add(ModerationAction.Kind.APPEAL_UPHELD, null, 5);
        month.add(ModerationAction.Kind.APPEAL, null, 7);
        month.add(ModerationAction.Kind.BLOCK, null, 1);
        month.add(ModerationAction.Kind.UNBLOCK, null, 1);
        month.add(ModerationAction.Kind.APPROVE, null, 9);
        month.addFlagged(3);
        month.addFlagged(2);

        assertEquals(6L, month.getHidden().get(ModerationReason.SPAM));
        assertEquals(1L, month.getHidden().get(ModerationReason.PERSONAL_DATA));
        assertEquals(7, month.getHiddenTotal());
        assertEquals(3, month.getRestored());
        assertEquals(7, month.getAppealed());
        assertEquals(1, month.getBlocked(), "lifting a block does not undo the count of blocks");
        assertEquals(5, month.getFlagged(), "contributions and accounts flagged");
    }

    @Test
    void aHidingWithoutAReasonIsCountedAsOther() {
        MonthFigures month = new MonthFigures(YearMonth.of(2026, 1));
        month.add(ModerationAction.Kind.HIDE, null, 1);
        assertEquals(1L, month.getHidden().get(ModerationReason.OTHER));
    }
}
