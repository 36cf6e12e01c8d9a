-- Client certificates our CA revoked, shared by every node so that each node's revocation list
-- and TLS listeners refuse them. Serials are lower-case hex.
CREATE TABLE revoked_certificate (
    serial     VARCHAR(64)              PRIMARY KEY,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason     VARCHAR(200)             NOT NULL,
    CONSTRAINT revoked_certificate_serial_format CHECK (serial = LOWER(serial) AND LENGTH(serial) > 0)
);
