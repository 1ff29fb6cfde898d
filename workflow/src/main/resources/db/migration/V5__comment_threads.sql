-- Comment threads on a deal: anchored to the deal, to a clause or to a text range of a contract
-- version; their comments (kept verbatim, deleted ones as tombstones), the users and groups a
-- comment mentions, and the in-app notifications of each user.

CREATE TABLE comment_thread (
    id                          UUID          NOT NULL PRIMARY KEY,
    deal_id                     UUID          NOT NULL REFERENCES deal (id),
    anchor_kind                 VARCHAR(16)   NOT NULL,
    -- the contract version the thread was started on, and the one its offsets and quote refer to
    -- (the version it was last found in; older than the current one when it is outdated)
    created_in_version          INTEGER,
    anchor_version              INTEGER,
    clause_number               VARCHAR(32),
    clause_heading              VARCHAR(500),
    clause_label                VARCHAR(600),
    start_offset                INTEGER,
    end_offset                  INTEGER,
    quote                       VARCHAR(10000),
    context_before              VARCHAR(200),
    context_after               VARCHAR(200),
    outdated                    BOOLEAN       DEFAULT FALSE NOT NULL,
    outdated_since_version      INTEGER,
    checklist_section           VARCHAR(100),
    must_resolve_before_signing BOOLEAN       DEFAULT FALSE NOT NULL,
    status                      VARCHAR(16)   NOT NULL,
    resolved_by                 VARCHAR(200),
    resolved_at                 TIMESTAMP WITH TIME ZONE,
    created_by                  VARCHAR(200)  NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT        NOT NULL
);
CREATE INDEX comment_thread_by_deal ON comment_thread (deal_id, status);

CREATE TABLE thread_comment (
    id          UUID           NOT NULL PRIMARY KEY,
    thread_id   UUID           NOT NULL REFERENCES comment_thread (id),
    author      VARCHAR(200)   NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at   TIMESTAMP WITH TIME ZONE,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    deleted_by  VARCHAR(200),
    version     BIGINT         NOT NULL
);
CREATE INDEX thread_comment_by_thread ON thread_comment (thread_id, created_at);

CREATE TABLE comment_mention (
    comment_id  UUID          NOT NULL REFERENCES thread_comment (id),
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    PRIMARY KEY (comment_id, name)
);
CREATE INDEX comment_mention_by_name ON comment_mention (name);

CREATE TABLE notification (
    id          UUID          NOT NULL PRIMARY KEY,
    recipient   VARCHAR(200)  NOT NULL,
    deal_id     UUID          NOT NULL REFERENCES deal (id),
    thread_id   UUID          NOT NULL REFERENCES comment_thread (id),
    comment_id  UUID          REFERENCES thread_comment (id),
    kind        VARCHAR(16)   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    excerpt     VARCHAR(300)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_by_recipient ON notification (recipient, created_at);
