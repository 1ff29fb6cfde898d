-- Signoff's own tables. Camunda creates and upgrades its ACT_* tables itself.
-- Written to run unchanged on H2 (2.x) and PostgreSQL.

CREATE TABLE deal (
    id            UUID          NOT NULL PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    vendor        VARCHAR(200)  NOT NULL,
    hosting_model VARCHAR(32)   NOT NULL,
    use_case      VARCHAR(2000) NOT NULL,
    personal_data BOOLEAN       NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    stage         VARCHAR(32)   NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL
);
CREATE INDEX deal_by_owner ON deal (owner);
CREATE INDEX deal_by_stage ON deal (stage);

CREATE TABLE deal_model (
    deal_id  UUID         NOT NULL REFERENCES deal (id),
    position INTEGER      NOT NULL,
    model    VARCHAR(200) NOT NULL,
    PRIMARY KEY (deal_id, position)
);

CREATE TABLE sign_off (
    id               UUID          NOT NULL PRIMARY KEY,
    deal_id          UUID          NOT NULL REFERENCES deal (id),
    position         INTEGER       NOT NULL,
    review_group     VARCHAR(64)   NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    status           VARCHAR(32)   NOT NULL,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_comment VARCHAR(4000),
    CONSTRAINT sign_off_once_per_group UNIQUE (deal_id, review_group, kind)
);

CREATE TABLE contract_document (
    id             UUID         NOT NULL PRIMARY KEY,
    deal_id        UUID         NOT NULL REFERENCES deal (id),
    version_number INTEGER      NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    extracted_text VARCHAR      NOT NULL,
    uploaded_by    VARCHAR(200) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contract_version_once UNIQUE (deal_id, version_number)
);

CREATE TABLE contract_content (
    document_id UUID  NOT NULL PRIMARY KEY REFERENCES contract_document (id),
    content     BYTEA NOT NULL
);

-- Spring Modulith's event publication registry: after-commit handlers that have not finished yet.
CREATE TABLE event_publication (
    id               UUID          NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512)  NOT NULL,
    event_type       VARCHAR(512)  NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
