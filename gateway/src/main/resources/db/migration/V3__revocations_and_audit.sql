-- Token revocation cut-offs: one row per user, and one for everyone (subject '*', which is not a valid
-- user id). A PeerLoop JWT whose iat is before its subject's or everyone's cut-off is refused.
CREATE TABLE token_revocations (
    subject        varchar(64) PRIMARY KEY
                   CHECK (subject = '*' OR subject ~ '^[A-Za-z0-9_-]{1,64}$'),
    revoked_before timestamptz NOT NULL
);

-- Who did what, to what, why, in which request, when. Append-only: see the trigger below.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz  NOT NULL,
    actor_id   varchar(64)  NOT NULL,
    action     varchar(64)  NOT NULL,
    target     varchar(200),
    reason     varchar(500),
    request_id varchar(128)
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Statement-level, so that even an UPDATE or DELETE that matches no row is refused.
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
