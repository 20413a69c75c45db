-- The public read path: what pages sort and count is stored, not recomputed for every reader.

-- "Most supported" is served by an index, not by sorting every comment of a commitment.
ALTER TABLE comment ADD COLUMN score INTEGER DEFAULT 0 NOT NULL;
UPDATE comment SET score = up_votes - down_votes;
-- parent_id last: PostgreSQL keeps the index order only after equality conditions, and IS NULL is not one
CREATE INDEX ix_comment_support ON comment (repository_id, commitment_id, score DESC, id DESC, parent_id);
CREATE INDEX ix_comment_newest ON comment (repository_id, commitment_id, id DESC, parent_id);

-- A commitment's top-level consultation contributions counted by section, alignment and state, recounted
-- in the transaction of every change (see org.consulta.comment.DiscussionTally, which holds the same SELECT).
CREATE TABLE discussion_tally (
    repository_id BIGINT      NOT NULL,
    commitment_id BIGINT      NOT NULL,
    section_key   VARCHAR(40) NOT NULL,
    alignment     VARCHAR(12) NOT NULL,
    visibility    VARCHAR(12) NOT NULL,
    withdrawn     BOOLEAN     NOT NULL,
    answered      BOOLEAN     NOT NULL,
    contributions BIGINT      NOT NULL,
    PRIMARY KEY (commitment_id, section_key, alignment, visibility, withdrawn, answered),
    CONSTRAINT fk_tally_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
);
INSERT INTO discussion_tally (repository_id, commitment_id, section_key, alignment, visibility, withdrawn, answered, contributions)
SELECT c.repository_id, c.commitment_id, COALESCE(c.section_key, ''), COALESCE(c.alignment, ''), c.visibility, c.withdrawn,
       CASE WHEN r.id IS NULL THEN FALSE ELSE TRUE END, COUNT(*)
FROM comment c LEFT JOIN response r ON r.comment_id = c.id
WHERE c.parent_id IS NULL AND c.progress_update_id IS NULL
GROUP BY c.repository_id, c.commitment_id, COALESCE(c.section_key, ''), COALESCE(c.alignment, ''), c.visibility, c.withdrawn,
         CASE WHEN r.id IS NULL THEN FALSE ELSE TRUE END;

-- The timeline's "N contributions answered in <month>" is grouped in the database.
ALTER TABLE response ADD COLUMN answered_month INTEGER;
UPDATE response SET answered_month = EXTRACT(YEAR FROM answered_at AT TIME ZONE 'UTC') * 100
                                   + EXTRACT(MONTH FROM answered_at AT TIME ZONE 'UTC');

-- Changes with every committed write; anonymous pages rendered under an older value are not served again.
CREATE TABLE content_stamp (
    id    INTEGER NOT NULL PRIMARY KEY,
    stamp BIGINT  NOT NULL
);
INSERT INTO content_stamp (id, stamp) VALUES (1, 0);
