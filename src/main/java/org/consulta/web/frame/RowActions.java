package org.consulta.web.frame;

/**
 * A backing bean whose forms repeat per item of a list (a comment's reply form, a queue row's buttons).
 * Those forms are plain HTML forms ({@code <cs:rowform>}) that name their item by id, never by position
 * in the list, so an action reaches the item that was clicked even when the list changed meanwhile.
 */
public interface RowActions {

    /**
     * Performs {@code post.action()} on {@code post.item()}, ending like any action (a confirmation and a
     * redirect); an action this bean does not have is refused with {@link RowPost#unknown()}.
     */
    void perform(RowPost post);
}
