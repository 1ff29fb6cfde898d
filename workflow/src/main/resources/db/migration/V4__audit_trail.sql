-- The append-only, hash-chained audit trail of every deal. Entries are only ever inserted; each
-- carries the SHA-256 of its content and of the previous entry's hash (see dev.signoff.audit.AuditChain).

-- One head per deal: the last sequence number and hash of its chain. A transaction that appends to
-- a deal's chain locks this row first, so appends to one deal are serialised and every sequence
-- number is used exactly once.
CREATE TABLE audit_chain (
    deal_id        UUID         NOT NULL PRIMARY KEY REFERENCES deal (id),
    last_sequence  BIGINT       NOT NULL,
    last_hash      VARCHAR(64)  NOT NULL
);

CREATE TABLE audit_entry (
    id             UUID            NOT NULL PRIMARY KEY,
    deal_id        UUID            NOT NULL REFERENCES audit_chain (deal_id),
    sequence       BIGINT          NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)    NOT NULL,
    action         VARCHAR(100)    NOT NULL,
    subject        VARCHAR(200)    NOT NULL,
    details        VARCHAR(1000000) NOT NULL,
    previous_hash  VARCHAR(64)     NOT NULL,
    hash           VARCHAR(64)     NOT NULL,
    CONSTRAINT audit_entry_once_per_sequence UNIQUE (deal_id, sequence)
);

-- Deals that exist before the trail starts get an empty chain, so that their first entry finds a
-- head to lock like any other.
INSERT INTO audit_chain (deal_id, last_sequence, last_hash)
SELECT id, 0, '0000000000000000000000000000000000000000000000000000000000000000' FROM deal;
