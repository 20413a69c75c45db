-- H2 has no dictionaries: search matches words by prefix (see SimpleSearch); nothing to create.
SELECT 1;
