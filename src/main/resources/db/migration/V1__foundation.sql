-- Foundation: repositories (tenants), accounts, action plans and draft commitments.
-- Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
-- Translatable fields hold JSON ({"fr":{"t":"…","s":"ORIGINAL"}}), see LocalizedTextConverter.

-- EclipseLink reads each value as the last of a block of 50, so the first value must be 50.
CREATE SEQUENCE consulta_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE repository (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    slug             VARCHAR(40)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    languages        VARCHAR(32)   NOT NULL,
    default_language VARCHAR(8)    NOT NULL,
    name             VARCHAR(4000) NOT NULL,
    description      VARCHAR(20000) NOT NULL,
    active           BOOLEAN       NOT NULL,
    CONSTRAINT uk_repository_slug UNIQUE (slug)
);

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    email                VARCHAR(320) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    platform_admin       BOOLEAN      NOT NULL,
    language             VARCHAR(8)   NOT NULL,
    CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE TABLE action_plan (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT         NOT NULL,
    slug          VARCHAR(40)    NOT NULL,
    title         VARCHAR(4000)  NOT NULL,
    summary       VARCHAR(20000) NOT NULL,
    period_start  DATE           NOT NULL,
    period_end    DATE           NOT NULL,
    stage         VARCHAR(24)    NOT NULL,
    CONSTRAINT fk_action_plan_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT uk_action_plan_slug UNIQUE (repository_id, slug)
);

CREATE TABLE commitment (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id    BIGINT         NOT NULL,
    plan_id          BIGINT         NOT NULL,
    reference        VARCHAR(12)    NOT NULL,
    sort_order       INTEGER        NOT NULL,
    title            VARCHAR(4000)  NOT NULL,
    problem          VARCHAR(20000) NOT NULL,
    objective        VARCHAR(20000) NOT NULL,
    lead_institution VARCHAR(4000)  NOT NULL,
    stage            VARCHAR(24)    NOT NULL,
    CONSTRAINT fk_commitment_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_commitment_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT uk_commitment_reference UNIQUE (plan_id, reference)
);

CREATE INDEX ix_commitment_repository_plan ON commitment (repository_id, plan_id, sort_order);
