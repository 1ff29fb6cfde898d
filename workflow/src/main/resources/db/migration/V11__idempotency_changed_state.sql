-- A claimed request's own transaction marks its key CHANGED when it commits a change, so that after
-- a crash a retry can tell an attempt that changed nothing (run it again) from one that did (say
-- so, never run it twice).
ALTER TABLE idempotent_request DROP CONSTRAINT idempotent_request_state;
ALTER TABLE idempotent_request
    ADD CONSTRAINT idempotent_request_state CHECK (state IN ('IN_PROGRESS', 'CHANGED', 'COMPLETED'));
