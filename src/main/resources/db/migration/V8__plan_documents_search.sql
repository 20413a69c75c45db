-- Documents attached to plans, and the search index of plans and commitments.
-- ${binary} is BLOB on H2 and BYTEA on PostgreSQL (see Migrations): H2 caps VARBINARY at 1 MB.

CREATE TABLE plan_document (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    plan_id       BIGINT                   NOT NULL,
    file_name     VARCHAR(200)             NOT NULL,
    type          VARCHAR(8)               NOT NULL,
    byte_size     BIGINT                   NOT NULL,
    content       ${binary}                NOT NULL,
    CONSTRAINT fk_plan_document_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_plan_document_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);
CREATE INDEX ix_plan_document_plan ON plan_document (repository_id, plan_id);

-- One row per published plan or commitment and language: what a reader of that language sees.
CREATE TABLE search_entry (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    owner_kind    VARCHAR(12)              NOT NULL,
    owner_id      BIGINT                   NOT NULL,
    language      VARCHAR(8)               NOT NULL,
    plan_slug     VARCHAR(40)              NOT NULL,
    reference     VARCHAR(12),
    title         VARCHAR(4000)            NOT NULL,
    body          TEXT                     NOT NULL,
    CONSTRAINT fk_search_entry_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT uk_search_entry UNIQUE (owner_kind, owner_id, language)
);
CREATE INDEX ix_search_entry_language ON search_entry (repository_id, language);
