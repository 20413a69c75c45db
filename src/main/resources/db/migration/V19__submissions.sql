-- One comment per submitted form: a double click, a retried request or parallel copies of one
-- submission carry the same token, and the database keeps the first.
ALTER TABLE comment ADD COLUMN submission VARCHAR(64);
CREATE UNIQUE INDEX uk_comment_submission ON comment (author_id, submission);
