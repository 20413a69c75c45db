-- A repository's logo: checked by content, SVG sanitised, kept apart so that loading a repository
-- on every request does not load its image.
ALTER TABLE repository ADD COLUMN logo_type VARCHAR(32);
CREATE TABLE repository_logo (
    repository_id BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    media_type    VARCHAR(32)              NOT NULL,
    content       BYTEA                    NOT NULL,
    CONSTRAINT fk_repository_logo_repository FOREIGN KEY (repository_id) REFERENCES repository (id)
);
