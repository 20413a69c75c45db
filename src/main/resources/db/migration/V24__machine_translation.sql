-- Machine translation (Apertium): a durable queue of texts to translate, written in the transaction
-- of the change; the machine translations not yet reviewed by a person; each repository's setting.
CREATE TABLE machine_job (
    id              BIGINT       NOT NULL PRIMARY KEY,
    repository_id   BIGINT       NOT NULL, -- no foreign key: a new repository's row is queued before it is written
    entity_name     VARCHAR(60)  NOT NULL,
    entity_id       BIGINT       NOT NULL,
    requested_by    BIGINT,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    running_since   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX machine_job_due ON machine_job (next_attempt_at);
CREATE INDEX machine_job_item ON machine_job (entity_name, entity_id);
CREATE SEQUENCE machine_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE machine_text (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT      NOT NULL REFERENCES repository (id),
    entity_name   VARCHAR(60) NOT NULL,
    entity_id     BIGINT      NOT NULL,
    text_key      VARCHAR(60) NOT NULL,
    language      VARCHAR(8)  NOT NULL,
    -- a person rejected the machine's text of this original (its hash): not redone until asked or reworded
    rejected      BOOLEAN     DEFAULT FALSE NOT NULL,
    source_hash   VARCHAR(64),
    CONSTRAINT machine_text_once UNIQUE (repository_id, entity_name, entity_id, text_key, language)
);
CREATE INDEX machine_text_queue ON machine_text (repository_id, created_at);

CREATE TABLE machine_translation_settings (
    repository_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES repository (id),
    enabled        BOOLEAN NOT NULL,
    plans          BOOLEAN NOT NULL,
    consultations  BOOLEAN NOT NULL,
    forum          BOOLEAN NOT NULL,
    progress       BOOLEAN NOT NULL,
    responses      BOOLEAN NOT NULL,
    contributions  BOOLEAN NOT NULL
);

-- a comment's translations (machine or human); its own text stays in body
ALTER TABLE comment ADD COLUMN translations VARCHAR(40000);

-- when a person accepted or corrected a section's machine translation (translated_by says who)
ALTER TABLE section_translation ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

-- a search entry made (partly) of machine translations, which the results say
ALTER TABLE search_entry ADD COLUMN machine BOOLEAN DEFAULT FALSE NOT NULL;
