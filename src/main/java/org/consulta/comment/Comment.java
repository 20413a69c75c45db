package org.consulta.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.TenantOwned;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contribution: on a whole commitment ({@code sectionKey} null) or on one section of the version
 * its author read, optionally quoting a passage of it; or a reply to another comment (3 levels at
 * most). Written in one language, kept as the original. A comment is written in a consultation or,
 * once the commitment is adopted, on one of its progress updates (never both: a check in the schema). Withdrawn comments stay, marked as such;
 * so do hidden ones, whose text only their author and the moderators still read.
 */
@Entity
@Table(name = "comment")
@jakarta.persistence.Cacheable(false) // vote counters are written by a native statement (VoteRecorder)
public class Comment extends TenantOwned implements MachineTranslatable {

    /** The text is one field, "body": the author's words with their translations; the translations alone are stored apart. */
    private static final MachineFields<Comment> MACHINE = MachineFields.<Comment>of("contributions", "visibility", "withdrawn")
            .field("body", Comment::writtenTexts, (c, text) -> c.translations = text.without(c.language));

    public static final int MAX_DEPTH = 3;
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "progress_update_id")
    private Long progressUpdateId;
    /** Null for a comment on a proposal, which comes before any commitment. */
    @Column(name = "commitment_id")
    private Long commitmentId;
    @Column(name = "proposal_id")
    private Long proposalId;
    /** Set on the one comment that carries a proposal's own text for moderation (its statement), unique. */
    @Column(name = "statement_of")
    private Long statementOf;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "section_key", length = 40)
    private String sectionKey;
    @Column(length = 1000)
    private String quote;
    @Column(nullable = false, length = 10000)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Alignment alignment;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(name = "author_id", nullable = false)
    private Long authorId;
    @Column(name = "parent_id")
    private Long parentId;
    /** The top-level comment of the thread: a page of threads loads its replies in one statement. */
    @Column(name = "root_id")
    private Long rootId;
    @Column(nullable = false)
    private int depth;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(nullable = false)
    private boolean withdrawn;
    @Column(name = "up_votes", nullable = false)
    private int upVotes;
    @Column(name = "down_votes", nullable = false)
    private int downVotes;
    /** Up minus down votes, kept by the vote's statement: "most supported" reads an index. */
    @Column(nullable = false)
    private int score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Visibility visibility = Visibility.PUBLISHED;
    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_reason", length = 16)
    private ModerationReason hiddenReason;
    /** Who last approved, hid or restored it; null when the flags hid it. */
    @Column(name = "moderated_by")
    private Long moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    /** Flags not yet dealt with, kept here so the queue sorts and filters in one indexed statement. */
    @Column(name = "open_flags", nullable = false)
    private int openFlags;
    /** Its form's token: copies of one submission make one comment (unique with the author). */
    @Column(length = 64)
    private String submission;
    /** Its text in other languages (the machine's, or a person's); the original is {@link #body}. */
    @Column(length = 40000)
    private LocalizedText translations;

    protected Comment() {
    }

    Comment(Long consultationId, Long commitmentId, int versionNumber, String sectionKey, String quote, String body,
            Alignment alignment, String language, Long authorId, Comment parent) {
        this.consultationId = consultationId;
        this.commitmentId = commitmentId;
        this.versionNumber = versionNumber;
        this.sectionKey = sectionKey;
        this.quote = quote;
        this.body = body;
        this.alignment = alignment;
        this.language = language;
        this.authorId = authorId;
        this.progressUpdateId = parent == null ? null : parent.progressUpdateId;
        this.proposalId = parent == null ? null : parent.proposalId;
        this.parentId = parent == null ? null : parent.getId();
        this.rootId = parent == null ? null : parent.rootId == null ? parent.getId() : parent.rootId;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    /** A contribution about one progress update of an adopted commitment: no consultation, no section. */
    static Comment onProgress(Long progressUpdateId, Long commitmentId, int versionNumber, String body, String language,
                              Long authorId) {
        Comment comment = new Comment(null, commitmentId, versionNumber, null, null, body, null, language, authorId, null);
        comment.progressUpdateId = progressUpdateId;
        return comment;
    }

    /** A contribution to a proposal's discussion: no consultation, no commitment yet, no section. */
    static Comment onProposal(long proposalId, String body, String language, Long authorId) {
        Comment comment = new Comment(null, null, 0, null, null, body, null, language, authorId, null);
        comment.proposalId = proposalId;
        return comment;
    }

    /**
     * A proposal's own text as a contribution, so that it is flagged, held, hidden and appealed like any other;
     * never shown in the discussion's threads.
     */
    static Comment statementOf(long proposalId, String text, String language, Long authorId) {
        Comment comment = onProposal(proposalId, text, language, authorId);
        comment.statementOf = proposalId;
        return comment;
    }

    void edit(String newBody, Instant now) {
        translations = writtenTexts().withOriginal(language, newBody).without(language); // theirs are now outdated
        body = newBody;
        editedAt = now;
    }

    /** Its author may edit it for 15 minutes after writing it. */
    public boolean isEditableAt(Instant now) {
        return !withdrawn && now.isBefore(getCreatedAt().plus(EDIT_WINDOW));
    }

    void submittedWith(String token) {
        submission = token;
    }

    /** Whether it is in this commitment's consultations or, {@code inUpdate} set, that progress update's discussion. */
    public boolean isIn(long inCommitment, Long inUpdate) {
        return commitmentId != null && commitmentId == inCommitment && java.util.Objects.equals(progressUpdateId, inUpdate);
    }

    /** Whether it is in this proposal's discussion. */
    public boolean isInProposal(long proposal) {
        return proposalId != null && proposalId == proposal;
    }

    /** Whether others may still answer, vote on or flag it: public and not withdrawn. */
    public boolean isOpenToOthers() {
        return !withdrawn && visibility == Visibility.PUBLISHED;
    }

    void withdraw() {
        withdrawn = true;
    }

    void hold() {
        visibility = Visibility.HELD;
    }

    /**
     * Moderation's changes (package {@code moderation} decides them, under the comment's row lock).
     * {@code by} null: hidden by the flags reaching the repository's threshold.
     */
    public void moderate(Visibility newVisibility, ModerationReason reason, Long by, Instant at) {
        visibility = newVisibility;
        hiddenReason = newVisibility == Visibility.HIDDEN ? reason : null;
        moderatedBy = by;
        moderatedAt = at;
    }

    public void countOpenFlags(int count) {
        openFlags = count;
    }

    public Long getConsultationId() { return consultationId; }
    /** The progress update it discusses; null for a consultation's contribution. */
    public Long getProgressUpdateId() { return progressUpdateId; }
    public boolean isOnProgress() { return progressUpdateId != null; }
    /** The proposal it discusses; null for a commitment's contributions. */
    public Long getProposalId() { return proposalId; }
    public boolean isOnProposal() { return proposalId != null; }
    /** Whether it is a proposal's statement rather than a comment on it. */
    public boolean isStatement() { return statementOf != null; }
    /**
     * Where it is read, relative to its commitment's page (or its proposal's): every link to a comment
     * (pages, mails, moderation) goes through here.
     */
    public String getPlace() {
        return place(progressUpdateId, getId());
    }

    static String place(Long progressUpdateId, Long commentId) {
        return (progressUpdateId == null ? "" : "/updates/" + progressUpdateId) + "#comment-" + commentId;
    }
    public Long getCommitmentId() { return commitmentId; }
    public int getVersionNumber() { return versionNumber; }
    public String getSectionKey() { return sectionKey; }
    /** The text as the public may read it: nothing once withdrawn or hidden. */
    public String getBody() { return withdrawn || visibility == Visibility.HIDDEN ? "" : body; }
    public String getQuote() { return visibility == Visibility.HIDDEN ? null : quote; }
    /** The text whatever its state: for its author and the moderators only. */
    public String getWrittenBody() { return body; }
    public Visibility getVisibility() { return visibility; }
    public boolean isHidden() { return visibility == Visibility.HIDDEN; }
    public boolean isHeld() { return visibility == Visibility.HELD; }
    public ModerationReason getHiddenReason() { return hiddenReason; }
    public Long getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
    public int getOpenFlags() { return openFlags; }
    public Alignment getAlignment() { return alignment; }
    public String getLanguage() { return language; }
    public Long getAuthorId() { return authorId; }
    public Long getParentId() { return parentId; }
    public Long getRootId() { return rootId; }
    public int getDepth() { return depth; }
    public Instant getEditedAt() { return editedAt; }
    public boolean isWithdrawn() { return withdrawn; }
    public int getUpVotes() { return upVotes; }
    public int getDownVotes() { return downVotes; }

    /** Its text as the public may read it, in its language and its translations. */
    public LocalizedText getTexts() {
        return getBody().isEmpty() ? LocalizedText.original(language, "") : withTranslations(body); // hidden: none of it
    }

    private LocalizedText writtenTexts() {
        return withTranslations(body);
    }

    private LocalizedText withTranslations(String text) {
        Map<String, Translation> all = new LinkedHashMap<>();
        all.put(language, new Translation(text, TranslationStatus.ORIGINAL));
        if (translations != null) {
            translations.asMap().forEach((lang, t) -> all.putIfAbsent(lang, t));
        }
        return LocalizedText.of(all);
    }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }

    /** Held, hidden or withdrawn contributions never go to the machine. */
    @Override
    public boolean isMachinePublic() {
        return isOpenToOthers();
    }
}
