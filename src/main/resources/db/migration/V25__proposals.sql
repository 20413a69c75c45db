-- Co-creation before any draft: calls for proposals on a plan, proposals (online, or recorded from a
-- workshop), their supports (once per person), and what became of them (links to commitments, merges).
CREATE TABLE proposal_call (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id     BIGINT                   NOT NULL REFERENCES repository (id),
    plan_id           BIGINT                   NOT NULL REFERENCES action_plan (id),
    title             VARCHAR(4000)            NOT NULL,
    description       VARCHAR(20000)           NOT NULL,
    announced_on      DATE                     NOT NULL,
    opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    opening_notice_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_proposal_call_window CHECK (closes_at > opens_at)
);
CREATE INDEX ix_proposal_call_plan ON proposal_call (repository_id, plan_id, opens_at);

CREATE TABLE workshop (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL REFERENCES repository (id),
    call_id       BIGINT                   NOT NULL REFERENCES proposal_call (id),
    place         VARCHAR(200)             NOT NULL,
    held_on       DATE                     NOT NULL,
    participants  INTEGER                  NOT NULL CHECK (participants >= 0),
    organisation  VARCHAR(200),
    recorded_by   BIGINT                   NOT NULL REFERENCES account (id)
);
CREATE INDEX ix_workshop_call ON workshop (repository_id, call_id);

CREATE TABLE proposal (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id   BIGINT                   NOT NULL REFERENCES repository (id),
    call_id         BIGINT                   NOT NULL REFERENCES proposal_call (id),
    title           VARCHAR(300)             NOT NULL,
    problem         VARCHAR(6000)            NOT NULL,
    solution        VARCHAR(6000)            NOT NULL,
    language        VARCHAR(8)               NOT NULL,
    -- online: its author; from a workshop: none, the workshop and who recorded it
    author_id       BIGINT REFERENCES account (id),
    workshop_id     BIGINT REFERENCES workshop (id),
    recorded_by     BIGINT REFERENCES account (id),
    organisation    VARCHAR(200),
    addendum        VARCHAR(6000),
    addendum_at     TIMESTAMP WITH TIME ZONE,
    edited_at       TIMESTAMP WITH TIME ZONE,
    supports        INTEGER                  NOT NULL,
    comments        INTEGER                  NOT NULL,
    visibility      VARCHAR(12)              NOT NULL,
    merged_into     BIGINT REFERENCES proposal (id),
    merged_at       TIMESTAMP WITH TIME ZONE,
    response_status VARCHAR(24),
    response        VARCHAR(20000),
    responded_by    BIGINT REFERENCES account (id),
    responded_at    TIMESTAMP WITH TIME ZONE,
    submission      VARCHAR(64),
    CONSTRAINT ck_proposal_origin CHECK (author_id IS NOT NULL OR workshop_id IS NOT NULL),
    CONSTRAINT uk_proposal_submission UNIQUE (author_id, submission)
);
CREATE INDEX ix_proposal_call_newest ON proposal (repository_id, call_id, created_at);
CREATE INDEX ix_proposal_call_supports ON proposal (repository_id, call_id, supports);
CREATE INDEX ix_proposal_unanswered ON proposal (repository_id, response_status, created_at);

CREATE TABLE proposal_area (
    proposal_id BIGINT NOT NULL REFERENCES proposal (id),
    area_id     BIGINT NOT NULL REFERENCES policy_area (id),
    PRIMARY KEY (proposal_id, area_id)
);

CREATE TABLE proposal_support (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL REFERENCES repository (id),
    proposal_id   BIGINT                   NOT NULL REFERENCES proposal (id),
    account_id    BIGINT                   NOT NULL REFERENCES account (id),
    CONSTRAINT uk_proposal_support UNIQUE (proposal_id, account_id)
);
CREATE INDEX ix_proposal_support_account ON proposal_support (account_id);

CREATE TABLE proposal_link (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL REFERENCES repository (id),
    proposal_id   BIGINT                   NOT NULL REFERENCES proposal (id),
    commitment_id BIGINT                   NOT NULL REFERENCES commitment (id),
    note          VARCHAR(500),
    linked_by     BIGINT                   NOT NULL REFERENCES account (id),
    CONSTRAINT uk_proposal_link UNIQUE (proposal_id, commitment_id)
);
CREATE INDEX ix_proposal_link_commitment ON proposal_link (commitment_id);

-- who follows a proposal (its author and supporters on acting, anyone by choice): mailed when it is answered
CREATE TABLE proposal_follower (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id   BIGINT                   NOT NULL REFERENCES repository (id),
    proposal_id     BIGINT                   NOT NULL REFERENCES proposal (id),
    account_id      BIGINT                   NOT NULL REFERENCES account (id),
    unfollowed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_proposal_follower UNIQUE (proposal_id, account_id)
);

-- the forum prioritises proposals: a ballot's option may name one, as it names a commitment
ALTER TABLE ballot_option ADD COLUMN proposal_id BIGINT REFERENCES proposal (id);

-- a proposal is discussed with the platform's comments: a comment now belongs to a consultation, a progress
-- update or a proposal (then to no commitment yet)
ALTER TABLE comment ADD COLUMN proposal_id BIGINT;
ALTER TABLE comment ADD CONSTRAINT fk_comment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id);
ALTER TABLE comment ALTER COLUMN commitment_id DROP NOT NULL;
ALTER TABLE comment DROP CONSTRAINT ck_comment_place;
ALTER TABLE comment ADD CONSTRAINT ck_comment_place CHECK (
    (consultation_id IS NOT NULL AND progress_update_id IS NULL AND proposal_id IS NULL AND commitment_id IS NOT NULL)
    OR (consultation_id IS NULL AND progress_update_id IS NOT NULL AND proposal_id IS NULL AND commitment_id IS NOT NULL)
    OR (consultation_id IS NULL AND progress_update_id IS NULL AND proposal_id IS NOT NULL AND commitment_id IS NULL));
CREATE INDEX ix_comment_proposal ON comment (proposal_id, parent_id, id);

-- a proposal's own text as a contribution (its statement), moderated like any comment; one per proposal
ALTER TABLE comment ADD COLUMN statement_of BIGINT;
ALTER TABLE comment ADD CONSTRAINT uk_comment_statement UNIQUE (statement_of);
