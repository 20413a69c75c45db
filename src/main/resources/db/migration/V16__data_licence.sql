-- The licence a repository's open data is published under (administrators choose; CC BY 4.0 by default).
ALTER TABLE repository ADD COLUMN data_licence VARCHAR(16) DEFAULT 'CC_BY_4_0' NOT NULL;
