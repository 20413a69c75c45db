-- Implementation tracking of adopted commitments: the people appointed to report on each one, and
-- every progress update, kept (history, never overwritten): a milestone's status with a dated note
-- and its evidence (a link or a checked document), or the commitment's completion level set by hand
-- with a reason.

CREATE TABLE commitment_reporter (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    commitment_id BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    CONSTRAINT fk_reporter_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_reporter_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_reporter UNIQUE (commitment_id, account_id)
);

CREATE TABLE progress_update (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id    BIGINT                   NOT NULL,
    commitment_id    BIGINT                   NOT NULL,
    author_id        BIGINT                   NOT NULL,
    milestone_key    VARCHAR(40),
    status           VARCHAR(16),
    completion       VARCHAR(24),
    note             VARCHAR(20000)           NOT NULL,
    evidence_url     VARCHAR(2000),
    evidence_name    VARCHAR(200),
    evidence_type    VARCHAR(8),
    evidence_content ${binary},
    CONSTRAINT fk_progress_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_progress_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_progress_kind CHECK ((milestone_key IS NOT NULL AND status IS NOT NULL AND completion IS NULL)
        OR (milestone_key IS NULL AND status IS NULL AND completion IS NOT NULL))
);
CREATE INDEX ix_progress_commitment ON progress_update (repository_id, commitment_id, created_at);
