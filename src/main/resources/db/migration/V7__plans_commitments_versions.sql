-- Action plans and commitments following OGP's template: drafts, immutable published versions,
-- per-section translations, policy areas. Commitment texts move from fixed columns into the draft
-- and version documents (JSON, see CommitmentTextConverter); the release before had only demo data.

ALTER TABLE commitment DROP COLUMN title;
ALTER TABLE commitment DROP COLUMN problem;
ALTER TABLE commitment DROP COLUMN objective;
ALTER TABLE commitment DROP COLUMN lead_institution;
DELETE FROM commitment;
ALTER TABLE commitment ADD COLUMN draft TEXT NOT NULL;
ALTER TABLE commitment ADD COLUMN draft_changed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE commitment ADD COLUMN version_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE commitment ADD COLUMN current_version_id BIGINT;
ALTER TABLE commitment ADD COLUMN withdrawal_reason VARCHAR(2000);

CREATE TABLE commitment_version (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    commitment_id BIGINT                   NOT NULL,
    number        INTEGER                  NOT NULL,
    content       TEXT                     NOT NULL,
    change_note   VARCHAR(2000),
    published_by  BIGINT,
    CONSTRAINT fk_commitment_version_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_commitment_version_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT uk_commitment_version_number UNIQUE (commitment_id, number)
);

ALTER TABLE commitment ADD CONSTRAINT fk_commitment_current_version
    FOREIGN KEY (current_version_id) REFERENCES commitment_version (id);

CREATE TABLE section_translation (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    commitment_id BIGINT                   NOT NULL,
    section_key   VARCHAR(40)              NOT NULL,
    language      VARCHAR(8)               NOT NULL,
    source_hash   VARCHAR(64)              NOT NULL,
    text          VARCHAR(20000)           NOT NULL,
    status        VARCHAR(12)              NOT NULL,
    translated_by BIGINT,
    CONSTRAINT fk_section_translation_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_section_translation_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT uk_section_translation UNIQUE (commitment_id, section_key, language, source_hash)
);

CREATE TABLE policy_area (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    name          VARCHAR(4000)            NOT NULL,
    CONSTRAINT fk_policy_area_repository FOREIGN KEY (repository_id) REFERENCES repository (id)
);

CREATE TABLE commitment_policy_area (
    commitment_id  BIGINT NOT NULL,
    policy_area_id BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, policy_area_id),
    CONSTRAINT fk_cpa_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_cpa_policy_area FOREIGN KEY (policy_area_id) REFERENCES policy_area (id)
);

CREATE INDEX ix_commitment_version_repository ON commitment_version (repository_id, commitment_id);
CREATE INDEX ix_section_translation_commitment ON section_translation (repository_id, commitment_id);
CREATE INDEX ix_policy_area_repository ON policy_area (repository_id);
