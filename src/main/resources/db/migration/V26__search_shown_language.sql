-- The language of the text a search entry holds: a reader of French may be shown a Spanish fallback,
-- which the results must mark and label. Entries written before this column say nothing (NULL): they
-- are taken to be in the entry's language until their owner is indexed again.
ALTER TABLE search_entry ADD COLUMN shown_language VARCHAR(8);
