-- Per-user rate limit buckets, shared by every gateway instance (Bucket4j, select-for-update strategy).
-- id: "<quota>:<limit>:<userId>"; state: Bucket4j's serialized bucket; expires_at: epoch millis after which
-- the bucket is full again and the row can be dropped.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(128) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
