-- A forum meeting's minutes are often published after the meeting, as a signed document: the minutes
-- text can be added later, with an optional document checked like plan documents.
ALTER TABLE forum_meeting ADD COLUMN minutes_name VARCHAR(200);
ALTER TABLE forum_meeting ADD COLUMN minutes_type VARCHAR(8);
ALTER TABLE forum_meeting ADD COLUMN minutes_content ${binary};
ALTER TABLE forum_meeting ADD COLUMN minutes_published_at TIMESTAMP WITH TIME ZONE;
