-- PostgreSQL only: full-text indexes with each language's dictionary (word forms: "contrats" is "contrat").
CREATE INDEX ix_search_entry_fr ON search_entry USING GIN (to_tsvector('french', title || ' ' || body)) WHERE language = 'fr';
CREATE INDEX ix_search_entry_es ON search_entry USING GIN (to_tsvector('spanish', title || ' ' || body)) WHERE language = 'es';
CREATE INDEX ix_search_entry_en ON search_entry USING GIN (to_tsvector('english', title || ' ' || body)) WHERE language = 'en';
