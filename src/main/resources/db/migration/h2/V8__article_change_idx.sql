-- The feeds' store fingerprint (README, "When the caches refresh") is polled every second by every
-- instance. It asked for the latest of received_at and processed_at row by row, a walk of the whole
-- article table (40-50 ms on PostGIS for 200,000 articles, longer on H2) that took a core away from
-- request threads every second. With these indexes each maximum is one index lookup.
CREATE INDEX article_received_idx ON article (received_at);
CREATE INDEX article_processed_idx ON article (processed_at);
