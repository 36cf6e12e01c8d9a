-- Attempts counted per key in fixed windows, such as logins per client address, shared by every
-- node so that a limit holds for all of them together. Keys are hashes, so the table names no
-- address or username. A window that has ended is restarted by the next attempt, and removed by
-- a sweep when none comes.
CREATE TABLE throttle_window (
    scope      VARCHAR(40)              NOT NULL,
    key_hash   VARCHAR(64)              NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INTEGER                  NOT NULL,
    CONSTRAINT throttle_window_pk PRIMARY KEY (scope, key_hash),
    CONSTRAINT throttle_window_attempts_check CHECK (attempts >= 1),
    CONSTRAINT throttle_window_order_check CHECK (ends_at > started_at)
);
CREATE INDEX throttle_window_end_idx ON throttle_window (ends_at);
