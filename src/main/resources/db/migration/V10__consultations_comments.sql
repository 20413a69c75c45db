-- Consultations on draft commitments, and contributions to them: comments anchored to a section
-- key and a version, replies, and votes (one per person and comment, enforced here).

ALTER TABLE repository ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE repository ADD COLUMN comment_max_length INTEGER DEFAULT 2000 NOT NULL;

CREATE TABLE consultation (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id     BIGINT                   NOT NULL,
    plan_id           BIGINT                   NOT NULL,
    title             VARCHAR(4000)            NOT NULL,
    description       VARCHAR(20000)           NOT NULL,
    announced_on      DATE                     NOT NULL,
    opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    anonymous_reading BOOLEAN                  NOT NULL,
    CONSTRAINT fk_consultation_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_consultation_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT ck_consultation_window CHECK (closes_at > opens_at)
);
CREATE INDEX ix_consultation_plan ON consultation (repository_id, plan_id, opens_at);

CREATE TABLE consultation_commitment (
    consultation_id BIGINT NOT NULL,
    commitment_id   BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, commitment_id),
    CONSTRAINT fk_cc_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_cc_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
);

CREATE TABLE comment (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id   BIGINT                   NOT NULL,
    consultation_id BIGINT                   NOT NULL,
    commitment_id   BIGINT                   NOT NULL,
    version_number  INTEGER                  NOT NULL,
    section_key     VARCHAR(40),
    quote           VARCHAR(1000),
    body            VARCHAR(10000)           NOT NULL,
    alignment       VARCHAR(12),
    language        VARCHAR(8)               NOT NULL,
    author_id       BIGINT                   NOT NULL,
    parent_id       BIGINT,
    root_id         BIGINT,
    depth           INTEGER                  NOT NULL,
    edited_at       TIMESTAMP WITH TIME ZONE,
    withdrawn       BOOLEAN                  NOT NULL,
    up_votes        INTEGER                  NOT NULL,
    down_votes      INTEGER                  NOT NULL,
    CONSTRAINT fk_comment_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_comment_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    CONSTRAINT ck_comment_depth CHECK (depth BETWEEN 1 AND 3)
);
CREATE INDEX ix_comment_commitment ON comment (repository_id, commitment_id, parent_id, created_at);
CREATE INDEX ix_comment_root ON comment (root_id);

CREATE TABLE comment_vote (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    comment_id    BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    vote_value    SMALLINT                 NOT NULL,
    CONSTRAINT fk_comment_vote_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_comment_vote_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_vote_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_comment_vote UNIQUE (comment_id, account_id),
    CONSTRAINT ck_comment_vote_value CHECK (vote_value IN (-1, 1))
);
