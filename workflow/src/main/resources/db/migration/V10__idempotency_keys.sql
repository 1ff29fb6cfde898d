-- Idempotency keys of state-changing API requests, per caller. A request first claims its key
-- (state IN_PROGRESS, committed before the request runs); a successful (2xx) answer is then stored
-- for replay (state COMPLETED). Any other answer releases the claim. Rows expire after a day and
-- are deleted on a schedule. The primary key is what makes two racing requests run only once.
CREATE TABLE idempotent_request (
    caller           VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    claim_id         UUID          NOT NULL,
    request_method   VARCHAR(10)   NOT NULL,
    request_path     VARCHAR(2000) NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_headers VARCHAR(4000),
    response_body    BYTEA,
    PRIMARY KEY (caller, idempotency_key),
    CONSTRAINT idempotent_request_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED'))
);
CREATE INDEX idempotent_request_expires_at ON idempotent_request (expires_at);
