-- The article row is the job of the ingest queue (README, "Ingest queue"). A worker claims a queued
-- article by setting status 'processing', claimed_by (instance and worker) and lease_until; a claim
-- whose lease ran out is taken again by another worker. attempts counts the claims; available_at
-- delays the retry of an attempt that failed. claimed_by stays after 'done' as a record of who did it.
ALTER TABLE article ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE article ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE article ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN available_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_queue_idx ON article (status, available_at);
-- Claims look for the lowest unfinished id; this keeps that look small however many articles are done.
CREATE INDEX article_unfinished_idx ON article (id) WHERE status IN ('queued', 'processing');
