-- Civil society comments on progress updates with the same comments, flags and moderation as in
-- consultations: a comment now belongs either to a consultation or to one progress update.
ALTER TABLE comment ALTER COLUMN consultation_id DROP NOT NULL;
ALTER TABLE comment ADD COLUMN progress_update_id BIGINT;
ALTER TABLE comment ADD CONSTRAINT fk_comment_progress FOREIGN KEY (progress_update_id) REFERENCES progress_update (id);
ALTER TABLE comment ADD CONSTRAINT ck_comment_place CHECK ((consultation_id IS NOT NULL AND progress_update_id IS NULL)
    OR (consultation_id IS NULL AND progress_update_id IS NOT NULL));
CREATE INDEX ix_comment_progress ON comment (progress_update_id, parent_id, id);
