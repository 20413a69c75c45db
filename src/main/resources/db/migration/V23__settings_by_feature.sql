-- Each feature keeps its part of a repository's settings in a table of its own, keyed by the repository;
-- a repository without a row has the defaults. Existing values move over unchanged.
CREATE TABLE moderation_policy (
    repository_id            BIGINT      NOT NULL PRIMARY KEY REFERENCES repository (id),
    moderation_mode          VARCHAR(16) NOT NULL,
    flag_threshold           INTEGER     NOT NULL,
    held_first_contributions INTEGER     NOT NULL
);
INSERT INTO moderation_policy (repository_id, moderation_mode, flag_threshold, held_first_contributions)
    SELECT id, moderation_mode, flag_threshold, held_first_contributions FROM repository;

CREATE TABLE moderation_digest (
    repository_id BIGINT NOT NULL PRIMARY KEY REFERENCES repository (id),
    sent_at       TIMESTAMP WITH TIME ZONE
);
INSERT INTO moderation_digest (repository_id, sent_at)
    SELECT id, moderation_digest_at FROM repository WHERE moderation_digest_at IS NOT NULL;

CREATE TABLE consultation_defaults (
    repository_id         BIGINT  NOT NULL PRIMARY KEY REFERENCES repository (id),
    min_notice_days       INTEGER NOT NULL,
    default_duration_days INTEGER NOT NULL
);
INSERT INTO consultation_defaults (repository_id, min_notice_days, default_duration_days)
    SELECT id, min_notice_days, default_duration_days FROM repository;

CREATE TABLE comment_settings (
    repository_id BIGINT  NOT NULL PRIMARY KEY REFERENCES repository (id),
    max_length    INTEGER NOT NULL
);
INSERT INTO comment_settings (repository_id, max_length) SELECT id, comment_max_length FROM repository;

CREATE TABLE open_data_settings (
    repository_id BIGINT      NOT NULL PRIMARY KEY REFERENCES repository (id),
    data_licence  VARCHAR(16) NOT NULL
);
INSERT INTO open_data_settings (repository_id, data_licence) SELECT id, data_licence FROM repository;

ALTER TABLE repository DROP COLUMN moderation_mode;
ALTER TABLE repository DROP COLUMN flag_threshold;
ALTER TABLE repository DROP COLUMN held_first_contributions;
ALTER TABLE repository DROP COLUMN moderation_digest_at;
ALTER TABLE repository DROP COLUMN min_notice_days;
ALTER TABLE repository DROP COLUMN default_duration_days;
ALTER TABLE repository DROP COLUMN comment_max_length;
ALTER TABLE repository DROP COLUMN data_licence;
